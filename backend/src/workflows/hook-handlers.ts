import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, type StepExecutionContext } from "@medusajs/framework/workflows-sdk"

/**
 * One concern's part in a core workflow hook: what it checks or does, and
 * how to undo it if a later step of the workflow fails. `invoke` may return
 * a StepResponse whose compensate input is handed to `compensate`.
 */
export type HookHandler<TInput, TCompensate = unknown> = {
  invoke: (input: TInput, context: StepExecutionContext) => Promise<StepResponse<unknown, TCompensate> | void>
  compensate?: (data: TCompensate, context: StepExecutionContext) => Promise<unknown>
}

/** The input a core workflow hook hands its handler, e.g. `HookInput<typeof completeCartWorkflow.hooks.validate>`. */
export type HookInput<THook> = THook extends (invoke: (input: infer TInput, ...rest: any[]) => any, ...rest: any[]) => any
  ? TInput
  : never

/** What completeCartWorkflow's `orderCreated` hook hands its handler (declared at runtime, missing from its public types). */
export type CartOrderCreated = { order_id: string; cart_id: string }

/**
 * Medusa accepts ONE handler per hook of a workflow ("Cannot define multiple
 * hook handlers"), so the concerns sharing a hook (stock, slots, inscriptions)
 * are run in the given order by one handler. When one of them throws, the
 * ones before it are undone before the error goes on; when a later workflow
 * step fails, all of them are undone, last first.
 */
export function composeHookHandlers<TInput>(...handlers: HookHandler<TInput, any>[]) {
  const compensate = async (done: unknown[] | undefined, context: StepExecutionContext) => {
    let failure: unknown
    for (let i = (done?.length ?? 0) - 1; i >= 0; i--) {
      const data = done![i]
      if (data === null || data === undefined) {
        continue
      }
      // Every concern is undone even if one fails; the first failure is reported.
      await Promise.resolve(handlers[i].compensate?.(data, context)).catch((error) => {
        failure ??= error
      })
    }
    if (failure) {
      throw failure
    }
  }

  const invoke = async (input: TInput, context: StepExecutionContext) => {
    const done: unknown[] = []
    for (const handler of handlers) {
      try {
        const result = await handler.invoke(input, context)
        done.push(result instanceof StepResponse ? result.compensateInput ?? null : null)
      } catch (error) {
        // The customer needs the concern's own error; a failed undo is for the log.
        await compensate(done, context).catch((undoError: Error) =>
          context.container
            .resolve(ContainerRegistrationKeys.LOGGER)
            .error(`Could not undo an earlier hook handler after "${(error as Error).message}": ${undoError.message}`)
        )
        throw error
      }
    }
    return new StepResponse(undefined, done)
  }

  return [invoke, compensate] as const
}
