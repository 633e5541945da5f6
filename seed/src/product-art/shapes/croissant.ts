/** A crescent of overlapping pastry segments, drizzled, flaked or filled after its name. */
import { darken, lighten } from "../colour"
import type { Ctx } from "../context"
import { drizzleAcross, shine } from "../decorations"
import { blobPoints, inEllipse } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g, smooth } from "../svg"

export function croissant(c: Ctx): string {
  const out: string[] = [plate(c), contact(c, 400, 575, 260, 44)]
  const segs = [
    { x: 168, y: 515, rx: 46, ry: 30, rot: -38 },
    { x: 632, y: 515, rx: 46, ry: 30, rot: 38 },
    { x: 232, y: 478, rx: 70, ry: 52, rot: -30 },
    { x: 568, y: 478, rx: 70, ry: 52, rot: 30 },
    { x: 308, y: 448, rx: 90, ry: 74, rot: -14 },
    { x: 492, y: 448, rx: 90, ry: 74, rot: 14 },
    { x: 400, y: 432, rx: 104, ry: 90, rot: 0 },
  ]
  const fill = c.radial(
    [
      [0, lighten(c.main, 0.42)],
      [0.55, lighten(c.main, 0.05)],
      [1, darken(c.main, 0.22)],
    ],
    0.4,
    0.3,
    0.8,
  )
  for (const s of segs) {
    const t = `rotate(${s.rot} ${s.x} ${s.y})`
    out.push(el("ellipse", { cx: s.x, cy: s.y, rx: s.rx, ry: s.ry, fill, ...c.stroke(), transform: t }))
    out.push(shine(s.x - s.rx * 0.3, s.y - s.ry * 0.45, s.rx * 0.3, s.ry * 0.12, s.rot - 10, 0.4))
  }
  if (c.has("chocolat")) {
    out.push(el("path", { d: drizzleAcross(c, 210, 470, 590, 470, 9), fill: "none", stroke: c.accent, "stroke-width": 9, "stroke-linecap": "round" }))
  } else if (c.has("almond")) {
    for (let i = 0; i < 16; i++) {
      const [x, y] = inEllipse(c.r, 400, 420, 200, 60)
      out.push(el("ellipse", { cx: x, cy: y, rx: 11, ry: 6, fill: c.accent, ...c.stroke({ "stroke-width": 2 }), transform: `rotate(${f(c.r.range(-40, 40))} ${f(x)} ${f(y)})` }))
    }
    for (let i = 0; i < 80; i++) {
      const [x, y] = inEllipse(c.r, 400, 430, 230, 70)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.5, 3.2), fill: c.deco, opacity: 0.9 }))
    }
  } else if (c.has("ham", "spinach")) {
    for (let i = 0; i < 8; i++) {
      const [x, y] = inEllipse(c.r, 400, 440, 170, 50)
      out.push(el("path", { d: smooth(blobPoints(c.r, x, y, 14, 9, 7, 0.25)), fill: c.accent, ...c.stroke({ "stroke-width": 2.5 }) }))
    }
    if (c.has("spinach")) for (let i = 0; i < 30; i++) {
      const [x, y] = inEllipse(c.r, 400, 430, 200, 60)
      out.push(el("circle", { cx: x, cy: y, r: 2.2, fill: "#2e2a28" }))
    }
  } else if (c.has("cardamom", "kouign")) {
    for (let i = 0; i < 36; i++) {
      const [x, y] = inEllipse(c.r, 400, 430, 210, 65)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(2.5, 4.5), fill: c.deco, ...c.stroke({ "stroke-width": 1.5 }) }))
    }
    if (c.has("kouign")) out.push(el("path", { d: drizzleAcross(c, 230, 450, 570, 450, 6), fill: "none", stroke: c.accent, "stroke-width": 7, "stroke-linecap": "round", opacity: 0.9 }))
  }
  return g(out)
}
