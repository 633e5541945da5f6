import type { MedusaErrorHandlerFunction, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Keys that shadow what every JavaScript object inherits. Medusa's validation
 * messages interpolate the value a client sent, and a `toString` that is not a
 * function makes that throw (a 500); `__proto__` and friends invite prototype
 * pollution. No field of ours or Medusa's has these names.
 */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype", "toString", "valueOf", "toJSON"])

/** Deep enough for any real body; deeper input is refused rather than walked. */
const MAX_DEPTH = 32

/** Why `value` cannot be accepted, or null. Postgres cannot store NUL in text, so it would fail late with a 500. */
export function unsafeInputProblem(value: unknown, depth = 0): string | null {
  if (typeof value === "string") {
    return value.includes("\u0000") ? "Text may not contain NUL (\\u0000) characters." : null
  }
  if (value === null || typeof value !== "object") {
    return null
  }
  if (depth > MAX_DEPTH) {
    return `The request is nested more than ${MAX_DEPTH} levels deep.`
  }
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      return `Field names such as "${key}" are not allowed.`
    }
    const problem = unsafeInputProblem(key, depth + 1) ?? unsafeInputProblem(child, depth + 1)
    if (problem) {
      return problem
    }
  }
  return null
}

/** Why this request's path, query or body cannot be accepted, or null. */
function requestProblem(req: MedusaRequest): string | null {
  // A route param (an id in the path) with NUL reaches Postgres as it is.
  if (/%00/.test(req.originalUrl.split("?")[0])) {
    return "The address may not contain NUL (%00) characters."
  }
  return unsafeInputProblem(req.query) ?? unsafeInputProblem(req.body)
}

/** Refuses, with a 400, query strings and bodies that no route could store or validate safely. */
export function refuseUnsafeInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = requestProblem(req)
  if (problem) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  }
  next()
}

/**
 * Medusa's body validators and additional-data checks run before any middleware of ours, and
 * crash on the same input (a `toString` that is not a function); an error on a request that
 * carries unsafe input is answered with the reason as a 400 instead of an unknown 500.
 */
export function answerUnsafeInput(handler: MedusaErrorHandlerFunction): MedusaErrorHandlerFunction {
  return (error, req, res, next) => {
    // Express cannot decode a path like /store/carts/%E0%A4 and throws a URIError (Medusa answers 500).
    const problem =
      error instanceof URIError
        ? "The address contains characters that are not allowed."
        : requestProblem(req)
    if (problem && !res.headersSent) {
      res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message: problem })
      return
    }
    return handler(error, req, res, next)
  }
}
