/** Cupcakes in a pleated liner with a frosting swirl and topping; muffins get a craggy dome instead. */
import { darken, lighten, mix, PARTY } from "../colour"
import { rounded, sideShade, type Ctx } from "../context"
import { berry, shine, sprinkle } from "../decorations"
import { blobPoints, inEllipse } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g, smooth, type Pt } from "../svg"

export function cupcake(c: Ctx): string {
  const muffin = c.has("muffin", "bun")
  const top = 452
  const bottom = 590
  const liner = muffin ? mix("#f6eee2", c.bg, 0.2) : lighten(c.deco, 0.55)
  const out: string[] = [plate(c), contact(c, 400, 598, 130, 26)]
  // Cake peeking over the liner.
  out.push(el("ellipse", { cx: 400, cy: top - 4, rx: 142, ry: 34, fill: c.main, ...c.stroke() }))
  // Liner with pleats.
  const linerPath = `M272,${top} L308,${bottom} Q400,${bottom + 22} 492,${bottom} L528,${top} Q400,${top + 26} 272,${top}Z`
  out.push(el("path", { d: linerPath, fill: liner }))
  for (let i = 1; i < 9; i++) {
    const xt = 272 + (256 * i) / 9
    const xb = 308 + (184 * i) / 9
    out.push(el("line", { x1: xt, y1: top + 14 + Math.abs(i - 4.5) * -1.6 + 8, x2: xb, y2: bottom + 10 - Math.abs(i - 4.5) * 2, stroke: darken(liner, 0.16), "stroke-width": 4, "stroke-linecap": "round" }))
  }
  out.push(el("path", { d: linerPath, fill: sideShade(c) }))
  out.push(el("path", { d: linerPath, fill: "none", ...c.stroke() }))

  if (muffin) {
    // Domed, craggy muffin top.
    const pts: Pt[] = []
    for (let k = 0; k <= 16; k++) {
      const a = Math.PI + (k / 16) * Math.PI
      const j = 1 + c.r.range(-0.05, 0.05)
      pts.push([400 + Math.cos(a) * 170 * j, top + 6 + Math.sin(a) * 150 * j])
    }
    const dome = smooth(pts, false) + `Q400,${top + 40} ${f(pts[0][0])},${f(pts[0][1])}Z`
    out.push(el("path", { d: dome, fill: rounded(c, c.main, 0.25, 0.2), ...c.stroke() }))
    for (let i = 0; i < 26; i++) {
      const [x, y] = inEllipse(c.r, 400, top - 70, 130, 70)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(4, 8), fill: c.accent, opacity: 0.95 }))
    }
    for (let i = 0; i < 7; i++) {
      const [x, y] = inEllipse(c.r, 400, top - 60, 125, 60)
      out.push(berry(c, [x, y], c.r.range(10, 14), c.deco))
    }
    out.push(shine(340, top - 110, 40, 16, -25, 0.35))
    return g(out)
  }

  // Frosting swirl: three wobbly tiers and a curl on top.
  const tiers = [
    { cy: top - 36, rx: 156, ry: 50 },
    { cy: top - 92, rx: 122, ry: 44 },
    { cy: top - 142, rx: 84, ry: 36 },
  ]
  const fill = rounded(c, c.accent, 0.3, 0.1)
  for (const t of tiers) {
    const pts = blobPoints(c.r, 400, t.cy, t.rx, t.ry, 14, 0.035)
    out.push(el("path", { d: smooth(pts), fill, ...c.stroke() }))
    out.push(el("path", { d: `M${f(400 - t.rx * 0.6)},${f(t.cy + t.ry * 0.2)} Q400,${f(t.cy + t.ry * 0.75)} ${f(400 + t.rx * 0.6)},${f(t.cy + t.ry * 0.2)}`, fill: "none", stroke: darken(c.accent, 0.12), "stroke-width": 4, "stroke-linecap": "round" }))
  }
  out.push(el("path", { d: `M360,${top - 160} Q368,${top - 222} 414,${top - 232} Q398,${top - 200} 440,${top - 160}Z`, fill, ...c.stroke() }))
  out.push(shine(350, top - 112, 26, 10, -20, 0.5))

  // Topping.
  if (c.has("meringue")) {
    out.push(el("path", { d: `M368,${top - 175} Q380,${top - 214} 404,${top - 226}`, fill: "none", stroke: "#c98a3c", "stroke-width": 7, "stroke-linecap": "round", opacity: 0.7 }))
  }
  const sprinkly = c.has("sprinkle", "funfetti", "birthday", "celebration", "baby", "eggnog", "coconut", "chai")
  if (sprinkly) {
    const colours = c.has("eggnog", "chai", "coconut") ? [c.deco, darken(c.deco, 0.15)] : [c.deco, ...PARTY]
    for (let i = 0; i < 34; i++) {
      const t = c.r.pick(tiers)
      out.push(sprinkle(c, inEllipse(c.r, 400, t.cy - t.ry * 0.2, t.rx * 0.85, t.ry * 0.55), colours, 0.9))
    }
  } else if (c.has("smores", "cookies", "mint", "banana", "carrot", "pistachio", "peanut", "caramel", "chocolate", "velvet")) {
    for (let i = 0; i < 16; i++) {
      const t = c.r.pick(tiers)
      const [x, y] = inEllipse(c.r, 400, t.cy - t.ry * 0.2, t.rx * 0.8, t.ry * 0.5)
      out.push(el("path", { d: smooth(blobPoints(c.r, x, y, 8, 6, 6, 0.3)), fill: c.deco }))
    }
  }
  const topper: Pt = [408, top - 244]
  if (c.has("sprinkle", "funfetti", "birthday", "celebration", "baby")) out.push(el("circle", { cx: topper[0], cy: topper[1] + 6, r: 12, fill: c.deco, ...c.stroke({ "stroke-width": 3 }) }))
  else out.push(berry(c, topper, 20, c.deco), el("path", { d: `M${f(topper[0] + 2)},${f(topper[1] - 18)} q6,-16 18,-20`, fill: "none", stroke: "#5b8c3a", "stroke-width": 4, "stroke-linecap": "round" }))
  return g(out)
}
