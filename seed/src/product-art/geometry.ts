/** Points on and inside ellipses: most bakes are round things seen from above at an angle. */
import type { Rand } from "./random"
import type { Pt } from "./svg"

/** Points around a wobbly ellipse. */
export function blobPoints(r: Rand, cx: number, cy: number, rx: number, ry: number, n: number, wobble: number, start = 0): Pt[] {
  return Array.from({ length: n }, (_, k) => {
    const a = start + (k / n) * Math.PI * 2
    const j = 1 + r.range(-wobble, wobble)
    return [cx + Math.cos(a) * rx * j, cy + Math.sin(a) * ry * j] as Pt
  })
}

/** Random point inside an ellipse (area-uniform). */
export function inEllipse(r: Rand, cx: number, cy: number, rx: number, ry: number): Pt {
  const a = r.next() * Math.PI * 2
  const d = Math.sqrt(r.next())
  return [cx + Math.cos(a) * rx * d, cy + Math.sin(a) * ry * d]
}

/** y of the back (upper) edge of an ellipse at x. */
export const backY = (x: number, cx: number, cy: number, rx: number, ry: number) => cy - ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2))

/** y of the front (lower) edge of an ellipse at x. */
export const frontY = (x: number, cx: number, cy: number, rx: number, ry: number) => cy + ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2))
