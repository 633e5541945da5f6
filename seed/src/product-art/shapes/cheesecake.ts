/** Cheesecakes (classic, Basque, ring) and pavlova, with toppings picked from the name. */
import { darken, lighten, mix } from "../colour"
import { rounded, sideShade, type Ctx } from "../context"
import { berry, drips, drizzleAcross, ring, rosette, shine } from "../decorations"
import { backY, blobPoints, frontY, inEllipse } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g, pt, smooth, type Pt } from "../svg"

export function cheesecake(c: Ctx): string {
  const out: string[] = [plate(c)]
  const cx = 400
  const rx = 215
  const ry = 60
  const top = 398
  const bottom = 540
  out.push(contact(c, 400, 565, rx + 18, ry + 6))
  if (c.has("pavlova")) {
    const meringue = "#fbf3e3"
    const base = blobPoints(c.r, cx, 430, 220, 72, 30, 0.05)
    const sideWall = `M${f(cx - 226)},430 L${f(cx - 214)},535 Q${cx},590 ${f(cx + 214)},535 L${f(cx + 226)},430Z`
    out.push(el("path", { d: sideWall, fill: c.linear([[0, darken(meringue, 0.08)], [0.4, "#ffffff"], [1, darken(meringue, 0.14)]]), ...c.stroke() }))
    for (let k = 0; k < 9; k++) {
      const x = cx - 190 + k * 47.5
      out.push(el("path", { d: `M${f(x)},${f(frontY(x, cx, 430, 220, 72) + 8)} Q${f(x + 6)},500 ${f(x)},${f(frontY(x, cx, 535, 214, 55) - 6)}`, fill: "none", stroke: darken(meringue, 0.12), "stroke-width": 4, "stroke-linecap": "round" }))
    }
    out.push(el("path", { d: smooth(base), fill: rounded(c, meringue, 0.5, 0.08), ...c.stroke() }))
    out.push(el("path", { d: smooth(blobPoints(c.r, cx, 422, 175, 54, 22, 0.09)), fill: c.accent, ...c.stroke({ "stroke-width": 4 }) }))
    const fruit: Pt[] = []
    for (let i = 0; i < 18; i++) fruit.push(inEllipse(c.r, cx, 412, 145, 40))
    fruit.sort((a, b) => a[1] - b[1])
    for (const p of fruit) out.push(berry(c, p, c.r.range(15, 21), c.r.pick([c.deco, "#3b3f8f", "#e8374f", "#e8374f"])))
    for (let i = 0; i < 4; i++) out.push(el("path", { d: `M${f(cx - 80 + i * 50)},${f(400 + c.r.range(-12, 12))} q8,-14 22,-14`, fill: "none", stroke: "#5fae4b", "stroke-width": 5, "stroke-linecap": "round" }))
    return g(out)
  }
  const basque = c.has("basque")
  const ring = c.has("king")
  const crustColour = mix(c.main, "#c8935a", 0.75)
  const L = cx - rx
  const R = cx + rx
  const side = `M${L},${top} L${L},${bottom} A${rx},${ry} 0 0 0 ${R},${bottom} L${R},${top}Z`
  if (basque) {
    // Crumpled parchment sticking up behind the cake.
    const paper: Pt[] = []
    for (let k = 0; k <= 16; k++) {
      const x = L - 22 + (k / 16) * (rx * 2 + 44)
      const edge = backY(x, cx, top, rx + 22, ry)
      paper.push([x, edge - (k % 2 ? 58 : 34) - c.r.range(0, 10)])
    }
    out.push(el("path", { d: `M${L - 22},${top + 40} ` + paper.map((p) => `L${pt(p)}`).join("") + ` L${R + 22},${top + 40}Z`, fill: "#fffaf0", ...c.stroke({ "stroke-width": 3 }) }))
  }
  out.push(el("path", { d: side, fill: basque ? c.linear([[0, c.deco], [0.35, c.main], [1, c.main]], 0, 0, 0, 1) : c.main }))
  if (!basque && !ring) {
    const y1 = bottom - 30
    out.push(el("path", { d: `M${L},${y1} A${rx},${ry} 0 0 0 ${R},${y1} L${R},${bottom} A${rx},${ry} 0 0 1 ${L},${bottom}Z`, fill: crustColour }))
    for (let i = 0; i < 24; i++) {
      const x = c.r.range(L + 10, R - 10)
      const y = frontY(x, cx, y1, rx, ry) + c.r.range(6, 24)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.5, 3.5), fill: darken(crustColour, 0.25) }))
    }
  }
  out.push(el("path", { d: side, fill: sideShade(c) }))
  out.push(el("path", { d: side, fill: "none", ...c.stroke() }))
  if (basque) {
    out.push(el("ellipse", { cx, cy: top, rx, ry, fill: rounded(c, c.accent, 0.25, 0.3), ...c.stroke() }))
    for (let i = 0; i < 12; i++) {
      const [x, y] = inEllipse(c.r, cx, top, rx * 0.8, ry * 0.75)
      out.push(el("path", { d: smooth(blobPoints(c.r, x, y, c.r.range(14, 30), c.r.range(6, 12), 8, 0.25)), fill: darken(c.accent, 0.3), opacity: 0.55 }))
    }
    return g(out)
  }
  if (ring) {
    out.push(el("ellipse", { cx, cy: top, rx, ry, fill: rounded(c, c.main, 0.25, 0.1), ...c.stroke() }))
    out.push(el("ellipse", { cx, cy: top + 4, rx: rx * 0.36, ry: ry * 0.36, fill: "#fffdf9", ...c.stroke() }))
    const bands = [c.accent, "#2e9e4f", c.deco]
    for (let k = 0; k < 9; k++) {
      const a = (k / 9) * Math.PI * 2
      out.push(el("ellipse", { cx: cx + Math.cos(a) * rx * 0.68, cy: top + Math.sin(a) * ry * 0.68, rx: 40, ry: 14, fill: bands[k % 3], opacity: 0.9, transform: `rotate(${f((a * 180) / Math.PI + 90)} ${f(cx + Math.cos(a) * rx * 0.68)} ${f(top + Math.sin(a) * ry * 0.68)})` }))
    }
    out.push(el("path", { d: drizzleAcross(c, L + 40, top, R - 40, top, 8), fill: "none", stroke: "#fffaf0", "stroke-width": 5, "stroke-linecap": "round" }))
    return g(out)
  }
  const plain = c.has("new", "torte", "polenta")
  out.push(el("ellipse", { cx, cy: top, rx, ry, fill: rounded(c, plain ? lighten(c.main, 0.1) : c.accent, 0.25, 0.08), ...c.stroke() }))
  if (!plain) out.push(drips(c, cx, top, rx, ry, c.accent, c.r.range(16, 30), 8))
  if (c.has("torte")) {
    for (let i = 0; i < 120; i++) {
      const [x, y] = inEllipse(c.r, cx, top, rx * 0.9, ry * 0.85)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.5, 3), fill: c.deco, opacity: 0.8 }))
    }
    out.push(...ring3(c, cx, top, rx, ry, 5, (p) => berry(c, p, 14, "#c2185b")))
  } else if (c.has("polenta")) {
    out.push(...ring3(c, cx, top, rx, ry, 7, ([x, y]) => g([el("circle", { cx: x, cy: y, r: 24, fill: c.accent, ...c.stroke({ "stroke-width": 3 }) }), el("circle", { cx: x, cy: y, r: 17, fill: lighten(c.accent, 0.35) }), ...[0, 1, 2, 3, 4, 5].map((k) => el("line", { x1: x, y1: y, x2: x + Math.cos((k * Math.PI) / 3) * 16, y2: y + Math.sin((k * Math.PI) / 3) * 16, stroke: c.accent, "stroke-width": 2 }))])))
  } else if (c.has("new")) {
    out.push(shine(cx - 80, top - 14, 70, 12, -4, 0.5))
    out.push(...ring3(c, cx, top, rx, ry, 6, (p) => rosette(c, p, 18)))
  } else if (c.has("passion", "mango")) {
    for (let i = 0; i < 26; i++) {
      const [x, y] = inEllipse(c.r, cx, top, rx * 0.7, ry * 0.65)
      out.push(el("circle", { cx: x, cy: y, r: 3.5, fill: c.deco }))
    }
  } else if (c.has("cookies", "chocolate")) {
    out.push(...ring3(c, cx, top, rx, ry, 8, ([x, y]) => g([el("circle", { cx: x, cy: y, r: 16, fill: c.has("cookies") ? c.accent : c.deco, ...c.stroke({ "stroke-width": 3 }) }), el("circle", { cx: x, cy: y - 10, r: 9, fill: "#fffaf2", ...c.stroke({ "stroke-width": 2 }) })])))
  } else if (c.has("turtle", "caramel", "pumpkin")) {
    for (let i = 0; i < (c.has("turtle") ? 12 : 0); i++) {
      const [x, y] = inEllipse(c.r, cx, top, rx * 0.7, ry * 0.6)
      out.push(el("ellipse", { cx: x, cy: y, rx: 13, ry: 8, fill: mix(c.deco, "#b07a45", 0.5), ...c.stroke({ "stroke-width": 2 }), transform: `rotate(${f(c.r.range(-50, 50))} ${f(x)} ${f(y)})` }))
    }
    out.push(el("path", { d: drizzleAcross(c, L + 50, top, R - 50, top, 9), fill: "none", stroke: c.has("pumpkin") ? c.deco : c.deco, "stroke-width": 5, "stroke-linecap": "round" }))
    if (c.has("pumpkin")) out.push(...ring3(c, cx, top, rx, ry, 7, (p) => rosette({ ...c, accent: "#fffaf2" }, p, 16, false)))
  } else {
    out.push(...ring3(c, cx, top, rx, ry, 9, (p) => berry(c, p, 15, c.deco)))
  }
  return g(out)
}

/** Like ring(), but a little further in (for flatter tops). */
function ring3(c: Ctx, cx: number, cy: number, rx: number, ry: number, n: number, draw: (p: Pt) => string): string[] {
  return ring(c, cx, cy, rx * 0.95, ry * 0.9, n, draw)
}
