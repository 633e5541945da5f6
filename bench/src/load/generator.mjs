// The child's side of run-load.mjs: one spec in over IPC, one result (or the
// error that stopped it) back, then the channel closes so the process can exit.

export function answerParent(run) {
  process.once("message", async (spec) => {
    let answer
    try {
      answer = { result: await run(spec) }
    } catch (error) {
      answer = { error: error.stack ?? String(error) }
    }
    // Sent before the channel closes, even when the process exits as soon as it does.
    process.send(answer, () => process.disconnect())
  })
}
