/**
 * Friendly, flat "illustrated menu" pictures for every product, drawn as SVG
 * from the product's `art` (shape + three colours) and rendered to WebP.
 *
 * Everything random (sprinkles, drips, berries, chips, background confetti)
 * comes from a PRNG seeded with the product handle, so the same product always
 * produces the same SVG and the same WebP bytes. No text is ever drawn.
 *
 * Colours: `art.colours` = [main (sponge, crust, dough, cup), accent (frosting,
 * filling, topping), decoration (sprinkles, berries, chips…)]. A few shapes
 * have variants picked from words in the handle (a baguette is a "loaf", but
 * it shouldn't look like a boule).
 */
import sharp from "sharp"
import type { SeedProduct } from "../catalog-schema"
import { makeCtx, type ArtSubject, type Ctx } from "./context"
import { background } from "./scene"
import { bar } from "./shapes/bar"
import { candleArt } from "./shapes/candle"
import { card } from "./shapes/card"
import { cheesecake } from "./shapes/cheesecake"
import { cookie } from "./shapes/cookie"
import { croissant } from "./shapes/croissant"
import { cup } from "./shapes/cup"
import { cupcake } from "./shapes/cupcake"
import { layerCake } from "./shapes/layer-cake"
import { loaf } from "./shapes/loaf"
import { pie } from "./shapes/pie"
import { VIEW } from "./svg"

export type { ArtSubject }

const SHAPES: Record<SeedProduct["art"]["shape"], (c: Ctx) => string> = {
  "layer-cake": layerCake,
  cupcake,
  cookie,
  bar,
  loaf,
  croissant,
  pie,
  cheesecake,
  cup,
  candle: candleArt,
  card,
}

/** The product's illustration as a standalone 800×800 SVG document. */
export function renderProductArtSvg(product: ArtSubject, size = VIEW): string {
  const c = makeCtx(product)
  const bg = background(c)
  const body = SHAPES[product.art.shape](c)
  const defs = c.defs.join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${VIEW} ${VIEW}"><defs>${defs}</defs>${bg}${body}</svg>`
}

/** The product's illustration as a square WebP (quality 80), `size` pixels wide. */
export async function renderProductArt(product: ArtSubject, size = VIEW): Promise<Buffer> {
  const svg = renderProductArtSvg(product, size)
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer()
}
