/** Cookies (two on a plate, or one giant), scones, rolls and doughnuts, each topped after its name; macarons stacked in three. */
import { darken, lighten, mix, PARTY } from "../colour"
import { rounded, type Ctx } from "../context"
import { berry, flower, heart, rosette, shine, sprinkle } from "../decorations"
import { blobPoints, inEllipse } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g, smooth, type Pt } from "../svg"

function cookieShape(c: Ctx, cx: number, cy: number, rad: number, thickness: number, opts: { hole?: boolean } = {}): string[] {
  const ry = rad * 0.8
  const pts = blobPoints(c.r, cx, cy, rad, ry, 28, 0.025)
  const edge = pts.map(([x, y]) => [x, y + thickness] as Pt)
  const out = [
    el("path", { d: smooth(edge), fill: darken(c.main, 0.22), ...c.stroke() }),
    el("path", { d: smooth(pts), fill: rounded(c, c.main, 0.22, 0.12), ...c.stroke() }),
  ]
  if (opts.hole) {
    out.push(el("ellipse", { cx, cy: cy + 4, rx: rad * 0.3, ry: ry * 0.3, fill: "#fffdf9", ...c.stroke() }))
    out.push(el("path", { d: `M${f(cx - rad * 0.3)},${f(cy + 4)} A${f(rad * 0.3)},${f(ry * 0.3)} 0 0 1 ${f(cx + rad * 0.3)},${f(cy + 4)}`, fill: "none", stroke: darken(c.main, 0.3), "stroke-width": 8, opacity: 0.6 }))
  }
  return out
}

export function cookie(c: Ctx): string {
  const out: string[] = [plate(c)]
  if (c.has("macarons")) return g([...out, ...macarons(c)])

  const thickness = c.has("scone") ? 58 : c.has("puff", "hot", "roll", "escargot", "raisins") ? 38 : c.has("doughnuts") ? 30 : 16
  const hole = c.has("doughnuts")
  const back: [number, number, number] = [292, 452, 118]
  const front: [number, number, number] = [438, 505, 160]
  const single = c.has("giant", "number", "tart")
  out.push(contact(c, 400, 590, 250, 52))
  if (!single) out.push(...cookieShape(c, back[0], back[1], back[2], thickness, { hole }), ...cookieTopping(c, back[0], back[1], back[2] * 0.95))
  const [fx, fy, fr] = single ? [400, 490, 215] : front
  out.push(...cookieShape(c, fx, fy, fr, thickness, { hole }))
  out.push(...cookieTopping(c, fx, fy, fr))
  return g(out)
}

function cookieTopping(c: Ctx, cx: number, cy: number, rad: number): string[] {
  const out: string[] = []
  const ry = rad * 0.8
  const speckle = (n: number, colours: readonly string[], scale = 1) => {
    for (let i = 0; i < n; i++) out.push(sprinkle(c, inEllipse(c.r, cx, cy, rad * 0.72, ry * 0.7), colours, scale))
  }
  if (c.has("iced", "heart", "valentines", "personalised")) {
    const icing = smooth(blobPoints(c.r, cx, cy, rad * 0.8, ry * 0.8, 24, 0.015))
    out.push(el("path", { d: icing, fill: c.accent, ...c.stroke({ "stroke-width": 3 }) }))
    for (let k = 0; k < 22; k++) {
      const a = (k / 22) * Math.PI * 2
      out.push(el("circle", { cx: cx + Math.cos(a) * rad * 0.68, cy: cy + Math.sin(a) * ry * 0.68, r: 5, fill: c.deco }))
    }
    out.push(heart(cx, cy - 4, rad * 0.28, c.deco, c))
    return out
  }
  if (c.has("gingerbread")) {
    out.push(el("path", { d: `M${f(cx - rad * 0.6)},${f(cy - ry * 0.3)} q${f(rad * 0.15)},${f(-ry * 0.2)} ${f(rad * 0.3)},0 t${f(rad * 0.3)},0 t${f(rad * 0.3)},0 t${f(rad * 0.3)},0`, fill: "none", stroke: c.accent, "stroke-width": 7, "stroke-linecap": "round" }))
    for (const dy of [0.1, 0.4]) out.push(el("circle", { cx, cy: cy + ry * dy, r: 9, fill: c.deco, ...c.stroke({ "stroke-width": 2.5 }) }))
    out.push(el("path", { d: `M${f(cx - rad * 0.35)},${f(cy + ry * 0.55)} q${f(rad * 0.35)},${f(ry * 0.2)} ${f(rad * 0.7)},0`, fill: "none", stroke: c.accent, "stroke-width": 7, "stroke-linecap": "round" }))
    return out
  }
  if (c.has("roll", "escargot", "raisins", "cinnamon")) {
    const spiral: Pt[] = []
    for (let k = 0; k <= 60; k++) {
      const a = (k / 60) * Math.PI * 6
      const d = (k / 60) * 0.78
      spiral.push([cx + Math.cos(a) * rad * d, cy + Math.sin(a) * ry * d])
    }
    out.push(el("path", { d: smooth(spiral, false), fill: "none", stroke: darken(c.main, 0.35), "stroke-width": 8, "stroke-linecap": "round" }))
    for (let i = 0; i < 5; i++) {
      const y = cy - ry * 0.55 + i * ry * 0.28
      out.push(el("path", { d: `M${f(cx - rad * 0.7)},${f(y)} q${f(rad * 0.35)},${f(c.r.range(-18, 18))} ${f(rad * 0.7)},${f(c.r.range(-10, 10))} t${f(rad * 0.7)},0`, fill: "none", stroke: c.accent, "stroke-width": 9, "stroke-linecap": "round", opacity: 0.95 }))
    }
    if (c.has("raisins")) for (let i = 0; i < 7; i++) out.push(el("ellipse", { cx: inEllipse(c.r, cx, cy, rad * 0.6, ry * 0.6)[0], cy: inEllipse(c.r, cx, cy, rad * 0.6, ry * 0.6)[1], rx: 8, ry: 6, fill: c.deco }))
    if (c.has("escargot")) speckle(16, [c.deco], 0.9)
    return out
  }
  if (c.has("hot")) {
    out.push(el("path", { d: `M${f(cx - rad * 0.7)},${f(cy)} L${f(cx + rad * 0.7)},${f(cy)} M${f(cx)},${f(cy - ry * 0.7)} L${f(cx)},${f(cy + ry * 0.7)}`, stroke: c.accent, "stroke-width": 16, "stroke-linecap": "round" }))
    for (let i = 0; i < 7; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, rad * 0.7, ry * 0.65)
      out.push(el("ellipse", { cx: x, cy: y, rx: 6, ry: 4.5, fill: c.deco }))
    }
    out.push(shine(cx - rad * 0.4, cy - ry * 0.45, rad * 0.22, ry * 0.1, -15, 0.45))
    return out
  }
  if (c.has("doughnuts")) {
    speckle(40, [c.deco, lighten(c.deco, 0.3)], 0.6)
    return out
  }
  if (c.has("giant")) {
    for (let i = 0; i < 12; i++) out.push(chip(c, inEllipse(c.r, cx, cy, rad * 0.55, ry * 0.5), c.deco))
    for (let k = 0; k < 20; k++) {
      const a = (k / 20) * Math.PI * 2
      out.push(rosette({ ...c, accent: k % 2 ? c.accent : darken(c.main, 0.45) }, [cx + Math.cos(a) * rad * 0.8, cy + Math.sin(a) * ry * 0.8], 18, false))
    }
    out.push(heart(cx, cy, rad * 0.2, "#ff6fa3", c))
    return out
  }
  if (c.has("number", "tart")) {
    for (let i = 0; i < 9; i++) {
      const a = (i / 9) * Math.PI * 2
      out.push(rosette(c, [cx + Math.cos(a) * rad * 0.55, cy + Math.sin(a) * ry * 0.55], 24))
    }
    for (let i = 0; i < 6; i++) out.push(berry(c, inEllipse(c.r, cx, cy, rad * 0.35, ry * 0.35), 15, c.deco))
    out.push(flower(c, [cx + rad * 0.1, cy - ry * 0.1], 20))
    return out
  }
  if (c.has("funfetti", "monster", "sprinkle")) {
    speckle(30, [c.deco, ...PARTY])
    if (c.has("monster")) for (let i = 0; i < 8; i++) out.push(chip(c, inEllipse(c.r, cx, cy, rad * 0.65, ry * 0.6), c.accent))
    return out
  }
  if (c.has("scone")) {
    for (let i = 0; i < 5; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, rad * 0.5, ry * 0.45)
      out.push(el("path", { d: `M${f(x - 18)},${f(y)} q9,-8 18,0 t18,0`, fill: "none", stroke: lighten(c.main, 0.35), "stroke-width": 6, "stroke-linecap": "round" }))
    }
    if (c.has("cheddar")) {
      for (let i = 0; i < 7; i++) out.push(el("path", { d: smooth(blobPoints(c.r, ...inEllipse(c.r, cx, cy, rad * 0.55, ry * 0.5), 16, 10, 7, 0.25)), fill: c.accent, ...c.stroke({ "stroke-width": 2.5 }) }))
      for (let i = 0; i < 14; i++) {
        const [x, y] = inEllipse(c.r, cx, cy, rad * 0.65, ry * 0.6)
        out.push(el("path", { d: `M${f(x - 6)},${f(y)} l12,-3`, stroke: c.deco, "stroke-width": 4, "stroke-linecap": "round" }))
      }
    } else {
      for (let i = 0; i < 30; i++) {
        const [x, y] = inEllipse(c.r, cx, cy, rad * 0.72, ry * 0.68)
        out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.5, 3), fill: "#fffaf0", opacity: 0.9 }))
      }
    }
    out.push(shine(cx - rad * 0.35, cy - ry * 0.4, rad * 0.22, ry * 0.1, -15, 0.45))
    return out
  }
  if (c.has("crinkle", "snickerdoodle", "molasses", "shortbread", "alfajores", "palmier", "biscotti", "puff")) {
    // Cracks and a dusting on top.
    for (let i = 0; i < 6; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, rad * 0.55, ry * 0.5)
      const w = c.r.range(20, 40)
      out.push(el("path", { d: `M${f(x - w / 2)},${f(y)} q${f(w / 4)},${f(-8)} ${f(w / 2)},${f(c.r.range(-4, 4))} t${f(w / 2)},${f(c.r.range(-4, 4))}`, fill: "none", stroke: c.accent, "stroke-width": 6, "stroke-linecap": "round" }))
    }
    for (let i = 0; i < 40; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, rad * 0.75, ry * 0.72)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.8, 3.6), fill: c.deco, opacity: 0.9 }))
    }
    return out
  }
  // Default: chocolate chips / chunks and flaky salt or nuts.
  const chips = c.r.int(9, 12)
  for (let i = 0; i < chips; i++) out.push(chip(c, inEllipse(c.r, cx, cy, rad * 0.68, ry * 0.62), c.accent))
  for (let i = 0; i < 10; i++) {
    const [x, y] = inEllipse(c.r, cx, cy, rad * 0.7, ry * 0.65)
    out.push(el("rect", { x: x - 4, y: y - 3, width: 8, height: 6, rx: 1.5, fill: c.deco, opacity: 0.95, transform: `rotate(${f(c.r.range(0, 90))} ${f(x)} ${f(y)})` }))
  }
  out.push(shine(cx - rad * 0.38, cy - ry * 0.45, rad * 0.2, ry * 0.08, -18, 0.35))
  return out
}

function chip(c: Ctx, [x, y]: Pt, colour: string): string {
  const s = c.r.range(9, 15)
  return g([
    el("path", { d: smooth(blobPoints(c.r, x, y, s, s * 0.8, 7, 0.25)), fill: colour }),
    el("circle", { cx: x - s * 0.3, cy: y - s * 0.3, r: s * 0.22, fill: "#fff", opacity: 0.35 }),
  ])
}

function macarons(c: Ctx): string[] {
  const out: string[] = [contact(c, 400, 592, 250, 42)]
  const shells = [c.main, c.deco, mix(c.main, "#f2c14e", 0.65), mix(c.main, "#8c5b3e", 0.7)]
  const first = c.r.int(0, shells.length - 1)
  const spots: Array<[number, number]> = [
    [272, 455],
    [528, 455],
    [400, 530],
  ]
  spots.forEach(([x, y], i) => {
    const shell = shells[(first + i) % shells.length]
    const filling = i === 2 ? lighten(c.accent, 0) : lighten(shell, 0.55)
    const w = 122
    const lower = `M${f(x - w)},${f(y + 20)} Q${f(x - w)},${f(y + 66)} ${f(x)},${f(y + 68)} Q${f(x + w)},${f(y + 66)} ${f(x + w)},${f(y + 20)}Z`
    const upper = `M${f(x - w)},${f(y - 2)} Q${f(x - w)},${f(y - 68)} ${f(x)},${f(y - 70)} Q${f(x + w)},${f(y - 68)} ${f(x + w)},${f(y - 2)}Z`
    out.push(el("path", { d: lower, fill: rounded(c, shell, 0.15, 0.2), ...c.stroke() }))
    out.push(el("rect", { x: x - w + 8, y: y - 6, width: w * 2 - 16, height: 32, rx: 14, fill: filling, ...c.stroke({ "stroke-width": 4 }) }))
    out.push(el("path", { d: upper, fill: rounded(c, shell, 0.22, 0.1), ...c.stroke() }))
    // Ruffled "feet".
    for (let k = 0; k < 15; k++) out.push(el("circle", { cx: x - w + 12 + k * ((w * 2 - 24) / 14), cy: y - 4, r: 6, fill: darken(shell, 0.08), ...c.stroke({ "stroke-width": 1.5 }) }))
    out.push(shine(x - 45, y - 44, 34, 10, -8, 0.5))
  })
  return out
}
