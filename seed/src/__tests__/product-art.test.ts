import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { loadCatalog } from "../catalog"
import { ART_SHAPES } from "../catalog-schema"
import { renderProductArt, renderProductArtSvg } from "../product-art"

const { products } = loadCatalog()
const byHandle = (handle: string) => products.find((p) => p.handle === handle)!

const isWebp = (bytes: Buffer) => bytes.subarray(0, 4).toString("ascii") === "RIFF" && bytes.subarray(8, 12).toString("ascii") === "WEBP"

describe("renderProductArtSvg", () => {
  it("draws every product as a text-free, well-formed SVG", () => {
    for (const product of products) {
      const svg = renderProductArtSvg(product)
      expect(svg, product.handle).toMatch(/^<svg [^>]*viewBox="0 0 800 800"/)
      expect(svg, product.handle).not.toMatch(/<text|NaN|undefined|Infinity/)
    }
  })

  it("is deterministic and different for different products", () => {
    const cake = byHandle("classic-birthday-cake")
    expect(renderProductArtSvg(cake)).toBe(renderProductArtSvg(structuredClone(cake)))
    const svgs = new Set(products.map((p) => renderProductArtSvg(p)))
    expect(svgs.size).toBe(products.length)
  })

  it("uses the product's colours and the requested size", () => {
    const cupcake = byHandle("red-velvet-cupcake")
    const svg = renderProductArtSvg(cupcake, 256)
    expect(svg).toMatch(/^<svg [^>]*width="256" height="256"/)
    for (const colour of cupcake.art.colours) expect(svg).toContain(colour)
  })

  it("uses every shape in the catalog", () => {
    expect(new Set(products.map((p) => p.art.shape))).toEqual(new Set(ART_SHAPES))
  })
})

describe("renderProductArt", () => {
  it("renders the same WebP bytes every time", async () => {
    const product = byHandle("classic-apple-pie")
    const first = await renderProductArt(product)
    const second = await renderProductArt(structuredClone(product))
    expect(first.equals(second)).toBe(true)
  })

  it("renders an 800px WebP under 60 KB for one product of every shape", { timeout: 60_000 }, async () => {
    for (const shape of ART_SHAPES) {
      // The busiest product of each shape (longest SVG) is the one most likely to be large.
      const product = products.filter((p) => p.art.shape === shape).sort((a, b) => renderProductArtSvg(b).length - renderProductArtSvg(a).length)[0]
      const bytes = await renderProductArt(product)
      expect(isWebp(bytes), product.handle).toBe(true)
      expect(bytes.length, product.handle).toBeLessThan(60 * 1024)
      const meta = await sharp(bytes).metadata()
      expect([meta.format, meta.width, meta.height], product.handle).toEqual(["webp", 800, 800])
    }
  })

  it("renders smaller sizes on request", async () => {
    const bytes = await renderProductArt(byHandle("all-butter-croissant"), 200)
    expect(isWebp(bytes)).toBe(true)
    const meta = await sharp(bytes).metadata()
    expect([meta.width, meta.height]).toEqual([200, 200])
  })
})
