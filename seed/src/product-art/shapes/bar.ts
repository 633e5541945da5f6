/** Traybakes as two isometric slabs with layers and a topping; éclairs as two glazed fingers. */
import { darken, lighten, mix } from "../colour"
import { rounded, type Ctx } from "../context"
import { shine } from "../decorations"
import { blobPoints } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g, poly, smooth, type Pt } from "../svg"

export function bar(c: Ctx): string {
  const out: string[] = [plate(c)]
  if (c.has("eclair")) {
    out.push(contact(c, 400, 585, 250, 40))
    for (const [dx, dy] of [
      [-40, -70],
      [30, 10],
    ]) {
      const x1 = 190 + dx
      const x2 = 610 + dx
      const y = 505 + dy
      out.push(el("rect", { x: x1, y: y - 55, width: x2 - x1, height: 110, rx: 55, fill: rounded(c, c.main, 0.2, 0.2), ...c.stroke() }))
      out.push(el("path", { d: smooth(blobPoints(c.r, (x1 + x2) / 2, y - 30, (x2 - x1) / 2 - 14, 34, 18, 0.03)), fill: c.accent, ...c.stroke({ "stroke-width": 4 }) }))
      out.push(shine(x1 + 90, y - 42, 55, 8, -3, 0.4))
      for (let i = 0; i < 6; i++) out.push(el("path", { d: `M${f(x1 + 70 + i * 48)},${f(y - 32)} l26,-10`, stroke: c.deco, "stroke-width": 5, "stroke-linecap": "round" }))
    }
    return g(out)
  }
  out.push(contact(c, 420, 585, 270, 48))
  const slabs = [
    { x: 160, y: 400, w: 230, h: 88 },
    { x: 330, y: 468, w: 250, h: 92 },
  ]
  const dx = 92
  const dy = -58
  for (const s of slabs) out.push(...slab(c, s.x, s.y, s.w, s.h, dx, dy))
  return g(out)
}

/** An isometric square of traybake: front, side and top faces, with layers. */
function slab(c: Ctx, x: number, y: number, w: number, h: number, dx: number, dy: number): string[] {
  const topLayer = c.has("millionaires", "lemon", "smores", "cheesecake", "raspberry", "magic", "pecan", "peppermint") ? 0.42 : 0.18
  const split = y + h * topLayer
  const out: string[] = []
  const front = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]] as const
  const side = [[x + w, y], [x + w + dx, y + dy], [x + w + dx, y + dy + h], [x + w, y + h]] as const
  const topFace = [[x, y], [x + w, y], [x + w + dx, y + dy], [x + dx, y + dy]] as const
  out.push(el("path", { d: poly(front), fill: c.main }))
  out.push(el("path", { d: poly([[x, y], [x + w, y], [x + w, split], [x, split]]), fill: darken(c.accent, 0.05) }))
  out.push(el("path", { d: poly(side), fill: darken(c.main, 0.22) }))
  out.push(el("path", { d: poly([[x + w, y], [x + w + dx, y + dy], [x + w + dx, split + dy], [x + w, split]]), fill: darken(c.accent, 0.25) }))
  out.push(el("path", { d: poly(topFace), fill: rounded(c, c.accent, 0.2, 0.05) }))
  for (const face of [front, side, topFace]) out.push(el("path", { d: poly(face), fill: "none", ...c.stroke() }))
  // Crumb texture on the front.
  for (let i = 0; i < 10; i++) {
    const px = x + c.r.range(12, w - 12)
    const py = c.r.range(split + 10, y + h - 10)
    out.push(el("circle", { cx: px, cy: py, r: c.r.range(2, 4), fill: darken(c.main, 0.25), opacity: 0.7 }))
  }
  // Top decoration, kept inside the top face (u along width, v along depth).
  const onTop = (u: number, v: number): Pt => [x + u * w + v * dx, y + v * dy]
  if (c.has("swirl", "raspberry", "cheesecake", "peanut", "salted", "caramel", "smores", "rocky")) {
    for (let i = 0; i < 5; i++) {
      const [px, py] = onTop(c.r.range(0.15, 0.85), c.r.range(0.2, 0.8))
      out.push(el("path", { d: smooth(blobPoints(c.r, px, py, c.r.range(14, 24), c.r.range(6, 10), 8, 0.2)), fill: c.deco, opacity: 0.95 }))
    }
  } else if (c.has("lemon", "peppermint", "magic", "flapjack")) {
    for (let i = 0; i < 40; i++) {
      const [px, py] = onTop(c.r.range(0.05, 0.95), c.r.range(0.1, 0.9))
      out.push(el("circle", { cx: px, cy: py, r: c.r.range(2, 5), fill: c.deco, opacity: 0.9 }))
    }
  } else {
    // Crackly brownie top with a drizzle or nuts.
    for (let i = 0; i < 4; i++) {
      const [px, py] = onTop(c.r.range(0.15, 0.75), c.r.range(0.25, 0.75))
      out.push(el("path", { d: `M${f(px)},${f(py)} l${f(c.r.range(20, 40))},${f(c.r.range(-8, 8))}`, stroke: lighten(c.accent, 0.18), "stroke-width": 4, "stroke-linecap": "round" }))
    }
    const zig: Pt[] = []
    for (let k = 0; k <= 8; k++) zig.push(onTop(0.08 + k * 0.105, k % 2 ? 0.25 : 0.75))
    out.push(el("path", { d: smooth(zig, false), fill: "none", stroke: c.deco, "stroke-width": 5, "stroke-linecap": "round" }))
  }
  if (c.has("walnut", "pecan", "rocky", "almond")) {
    for (let i = 0; i < 5; i++) {
      const [px, py] = onTop(c.r.range(0.15, 0.85), c.r.range(0.2, 0.8))
      out.push(el("path", { d: smooth(blobPoints(c.r, px, py, 11, 8, 6, 0.3)), fill: mix(c.deco, "#b07a45", 0.5), ...c.stroke({ "stroke-width": 2 }) }))
    }
  }
  return out
}
