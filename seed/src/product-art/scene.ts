/** What every illustration stands on: the tinted background with confetti, the plate and its shadows. */
import { darken, lighten, mix } from "./colour"
import type { Ctx } from "./context"
import { el, f, g, VIEW } from "./svg"

export function background(c: Ctx): string {
  const parts: string[] = []
  parts.push(
    el("rect", {
      width: VIEW,
      height: VIEW,
      fill: c.radial(
        [
          [0, lighten(c.bg, 0.55)],
          [0.6, c.bg],
          [1, darken(c.bg, 0.05)],
        ],
        0.5,
        0.45,
        0.75,
      ),
    }),
  )
  // A soft halo behind the product.
  parts.push(el("circle", { cx: 400, cy: 420, r: 318, fill: lighten(c.bg, 0.45), opacity: 0.75 }))
  parts.push(el("circle", { cx: 400, cy: 420, r: 318, fill: "none", stroke: "#fff", "stroke-width": 6, opacity: 0.5, "stroke-dasharray": "2 18", "stroke-linecap": "round" }))
  // Confetti motifs around the edge, placed on a jittered ring so they never crowd the product.
  const motif = darken(c.bg, 0.16)
  const count = 16
  const start = c.r.next() * Math.PI * 2
  for (let i = 0; i < count; i++) {
    const a = start + (i / count) * Math.PI * 2 + c.r.range(-0.12, 0.12)
    const d = c.r.range(355, 390)
    const x = 400 + Math.cos(a) * d
    const y = 420 + Math.sin(a) * d
    if (x < 24 || x > 776 || y < 24 || y > 776) continue
    const kind = c.r.int(0, 3)
    const s = c.r.range(0.8, 1.3)
    if (kind === 0) parts.push(el("circle", { cx: x, cy: y, r: 7 * s, fill: motif, opacity: 0.6 }))
    else if (kind === 1) parts.push(el("circle", { cx: x, cy: y, r: 8 * s, fill: "none", stroke: motif, "stroke-width": 3.5, opacity: 0.6 }))
    else if (kind === 2)
      parts.push(
        el("path", {
          d: `M${f(x)},${f(y - 13 * s)} Q${f(x + 2.5 * s)},${f(y - 2.5 * s)} ${f(x + 13 * s)},${f(y)} Q${f(x + 2.5 * s)},${f(y + 2.5 * s)} ${f(x)},${f(y + 13 * s)} Q${f(x - 2.5 * s)},${f(y + 2.5 * s)} ${f(x - 13 * s)},${f(y)} Q${f(x - 2.5 * s)},${f(y - 2.5 * s)} ${f(x)},${f(y - 13 * s)}Z`,
          fill: motif,
          opacity: 0.55,
        }),
      )
    else parts.push(el("rect", { x: x - 9 * s, y: y - 3 * s, width: 18 * s, height: 6 * s, rx: 3 * s, fill: motif, opacity: 0.55, transform: `rotate(${f(c.r.range(0, 180))} ${f(x)} ${f(y)})` }))
  }
  return g(parts)
}

export function plate(c: Ctx, cy = 600, rx = 300, ry = 74): string {
  const rim = mix("#ffffff", c.bg, 0.35)
  return g([
    el("ellipse", { cx: 400, cy: cy + 16, rx: rx + 26, ry: ry + 20, fill: shadowFill(c, darken(c.bg, 0.3), 0.3) }),
    el("ellipse", { cx: 400, cy: cy + 7, rx, ry, fill: darken(rim, 0.1) }),
    el("ellipse", { cx: 400, cy, rx, ry, fill: "#fffdf9", stroke: darken(rim, 0.18), "stroke-width": 3 }),
    el("ellipse", { cx: 400, cy: cy + 4, rx: rx * 0.74, ry: ry * 0.7, fill: rim, opacity: 0.8 }),
  ])
}

/** Soft contact shadow under a product on the plate. */
export const contact = (c: Ctx, cx: number, cy: number, rx: number, ry: number) =>
  el("ellipse", { cx, cy, rx: rx + 18, ry: ry + 14, fill: shadowFill(c, darken(c.bg, 0.45), 0.32) })

/**
 * A soft-edged shadow: a radial gradient fading to transparent. (Much cheaper
 * for librsvg than a Gaussian blur filter, and looks the same here.)
 */
function shadowFill(c: Ctx, colour: string, opacity: number): string {
  return c.radial(
    [
      [0, colour, opacity],
      [0.6, colour, opacity * 0.8],
      [1, colour, 0],
    ],
    0.5,
    0.5,
    0.5,
  )
}
