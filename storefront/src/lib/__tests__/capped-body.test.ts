import { describe, expect, it } from "vitest"
import { readCappedBody } from "../capped-body"

/** A chunked body (no Content-Length) that counts how much of it was pulled. */
function streamed(chunks: number, chunkBytes: number, headers: Record<string, string> = {}) {
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close()
      pulled++
      controller.enqueue(new Uint8Array(chunkBytes).fill(97))
    },
  }, { highWaterMark: 0 })
  const request = new Request("http://shop.test/api/revalidate", { method: "POST", body, headers, duplex: "half" } as RequestInit)
  return { request, pulled: () => pulled }
}

describe("readCappedBody", () => {
  it("reads a small body", async () => {
    const request = new Request("http://shop.test/", { method: "POST", body: '{"handles":["lemon-tart"]}' })
    expect(await readCappedBody(request, 4096)).toBe('{"handles":["lemon-tart"]}')
  })

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const { request, pulled } = streamed(10, 1024, { "content-length": String(10 * 1024) })
    expect(await readCappedBody(request, 4096)).toBeNull()
    expect(pulled()).toBe(0)
  })

  it("stops reading a chunked body as soon as it passes the cap", async () => {
    const { request, pulled } = streamed(1000, 1024)
    expect(await readCappedBody(request, 4096)).toBeNull()
    expect(pulled()).toBeLessThan(10)
  })
})
