import { mkdtemp, readdir, readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { pageFile, removePage, writePageAtomically } from "../page-files"

describe("page files", () => {
  it("maps public paths to index.html files inside the client folder", () => {
    expect(pageFile("/srv/client", "/")).toBe("/srv/client/index.html")
    expect(pageFile("/srv/client", "/products/lemon-tart")).toBe("/srv/client/products/lemon-tart/index.html")
    expect(() => pageFile("/srv/client", "/../../etc")).toThrow()
  })

  it("writes atomically (no temp file left behind) and removes pages", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sweet-crumbs-"))
    await writePageAtomically(dir, "/products/lemon-tart", "<h1>v1</h1>")
    await writePageAtomically(dir, "/products/lemon-tart", "<h1>v2</h1>")
    expect(await readFile(path.join(dir, "products/lemon-tart/index.html"), "utf8")).toBe("<h1>v2</h1>")
    expect(await readdir(path.join(dir, "products/lemon-tart"))).toEqual(["index.html"])
    await removePage(dir, "/products/lemon-tart")
    expect(await readdir(path.join(dir, "products"))).toEqual([])
  })
})
