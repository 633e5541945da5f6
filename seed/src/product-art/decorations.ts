/** Small things placed on many bakes: sprinkles, berries, candles, rosettes, drips, drizzles. */
import { darken, lighten } from "./colour"
import type { Ctx } from "./context"
import { frontY } from "./geometry"
import { el, f, g, pt, smooth, type Pt } from "./svg"

export const shine = (x: number, y: number, rx: number, ry: number, rot = -20, opacity = 0.45) =>
  el("ellipse", { cx: x, cy: y, rx, ry, fill: "#fff", opacity, transform: `rotate(${f(rot)} ${f(x)} ${f(y)})` })

export function sprinkle(c: Ctx, [x, y]: Pt, colours: readonly string[], scale = 1): string {
  return el("rect", {
    x: x - 7 * scale,
    y: y - 2.5 * scale,
    width: 14 * scale,
    height: 5 * scale,
    rx: 2.5 * scale,
    fill: c.r.pick(colours),
    transform: `rotate(${f(c.r.range(0, 180))} ${f(x)} ${f(y)})`,
  })
}

export function berry(c: Ctx, [x, y]: Pt, radius: number, colour: string): string {
  const straw = c.has("strawberry", "strawberries", "shortcake")
  if (straw) {
    const d = `M${f(x)},${f(y + radius * 1.15)} C${f(x - radius * 1.5)},${f(y + radius * 0.1)} ${f(x - radius * 0.9)},${f(y - radius * 1.05)} ${f(x)},${f(y - radius * 0.75)} C${f(x + radius * 0.9)},${f(y - radius * 1.05)} ${f(x + radius * 1.5)},${f(y + radius * 0.1)} ${f(x)},${f(y + radius * 1.15)}Z`
    const seeds = [
      [-0.35, -0.2],
      [0.3, -0.25],
      [0, 0.15],
      [-0.25, 0.45],
      [0.3, 0.4],
    ].map(([dx, dy]) => el("ellipse", { cx: x + dx * radius, cy: y + dy * radius, rx: 1.6, ry: 2.4, fill: "#ffe9a8" }))
    const leaf = el("path", {
      d: `M${f(x - radius * 0.6)},${f(y - radius * 0.8)} Q${f(x)},${f(y - radius * 1.5)} ${f(x + radius * 0.6)},${f(y - radius * 0.8)} Q${f(x)},${f(y - radius * 0.5)} ${f(x - radius * 0.6)},${f(y - radius * 0.8)}Z`,
      fill: "#5fae4b",
      ...c.stroke({ "stroke-width": 2.5 }),
    })
    return g([el("path", { d, fill: colour, ...c.stroke({ "stroke-width": 3 }) }), ...seeds, leaf])
  }
  return g([
    el("circle", { cx: x, cy: y, r: radius, fill: colour, ...c.stroke({ "stroke-width": 3 }) }),
    el("circle", { cx: x - radius * 0.35, cy: y - radius * 0.35, r: radius * 0.3, fill: "#fff", opacity: 0.55 }),
  ])
}

export function flame(x: number, y: number, s = 1): string {
  return g([
    el("path", {
      d: `M${f(x)},${f(y - 34 * s)} C${f(x + 14 * s)},${f(y - 16 * s)} ${f(x + 12 * s)},${f(y)} ${f(x)},${f(y)} C${f(x - 12 * s)},${f(y)} ${f(x - 14 * s)},${f(y - 16 * s)} ${f(x)},${f(y - 34 * s)}Z`,
      fill: "#ffb627",
    }),
    el("path", {
      d: `M${f(x)},${f(y - 20 * s)} C${f(x + 7 * s)},${f(y - 10 * s)} ${f(x + 6 * s)},${f(y - 2 * s)} ${f(x)},${f(y - 2 * s)} C${f(x - 6 * s)},${f(y - 2 * s)} ${f(x - 7 * s)},${f(y - 10 * s)} ${f(x)},${f(y - 20 * s)}Z`,
      fill: "#fff3b0",
    }),
    el("circle", { cx: x, cy: y - 14 * s, r: 26 * s, fill: "#ffd36b", opacity: 0.22 }),
  ])
}

/** A striped birthday candle standing on (x, baseY). */
export function candle(c: Ctx, x: number, baseY: number, height: number, body: string, stripe: string, width = 16): string {
  const top = baseY - height
  const stripes: string[] = []
  for (let y = top + 8; y < baseY; y += 16) {
    stripes.push(el("path", { d: `M${f(x - width / 2)},${f(y + 6)} L${f(x + width / 2)},${f(y - 2)} L${f(x + width / 2)},${f(y + 4)} L${f(x - width / 2)},${f(y + 12)}Z`, fill: stripe }))
  }
  return g([
    el("rect", { x: x - width / 2, y: top, width, height, rx: 4, fill: body }),
    g(stripes, { "clip-path": undefined }),
    el("rect", { x: x - width / 2, y: top, width, height, rx: 4, fill: "none", ...c.stroke({ "stroke-width": 3.5 }) }),
    el("line", { x1: x, y1: top, x2: x, y2: top - 9, stroke: c.ink, "stroke-width": 3, "stroke-linecap": "round" }),
    flame(x, top - 6, 0.9),
  ])
}

/** Items on a ring around an elliptical top, back ones first. */
export function ring(c: Ctx, cx: number, cy: number, rx: number, ry: number, n: number, draw: (p: Pt) => string): string[] {
  const start = c.r.next() * Math.PI
  const points = Array.from({ length: n }, (_, k) => {
    const a = start + (k / n) * Math.PI * 2
    return [cx + Math.cos(a) * rx * 0.76, cy + Math.sin(a) * ry * 0.62] as Pt
  }).sort((a, b) => a[1] - b[1])
  return points.map(draw)
}

export function rosette(c: Ctx, [x, y]: Pt, s: number, dot = true): string {
  const cream = lighten(c.accent, 0.12)
  return g([
    el("circle", { cx: x, cy: y, r: s, fill: cream, ...c.stroke({ "stroke-width": 3 }) }),
    el("path", { d: `M${f(x - s * 0.55)},${f(y)} a${f(s * 0.55)},${f(s * 0.5)} 0 1 1 ${f(s * 0.55)},${f(s * 0.5)}`, fill: "none", stroke: darken(cream, 0.18), "stroke-width": 3, "stroke-linecap": "round" }),
    dot ? el("circle", { cx: x + 2, cy: y - s * 0.55, r: s * 0.34, fill: c.deco, ...c.stroke({ "stroke-width": 2.5 }) }) : "",
  ])
}

export function flower(c: Ctx, [x, y]: Pt, s: number): string {
  const petals = Array.from({ length: 5 }, (_, k) => {
    const a = (k / 5) * Math.PI * 2 - Math.PI / 2
    return el("ellipse", { cx: x + Math.cos(a) * s * 0.55, cy: y + Math.sin(a) * s * 0.45, rx: s * 0.5, ry: s * 0.4, fill: c.deco, transform: `rotate(${f((a * 180) / Math.PI)} ${f(x + Math.cos(a) * s * 0.55)} ${f(y + Math.sin(a) * s * 0.45)})` })
  })
  return g([...petals, el("circle", { cx: x, cy: y, r: s * 0.28, fill: "#ffd166", ...c.stroke({ "stroke-width": 2 }) })])
}

/** A wobbly band of icing over the front edge of a round top, with drips. */
export function drips(c: Ctx, cx: number, cy: number, rx: number, ry: number, fill: string, maxDrip: number, band = 14): string {
  const n = 9 + c.r.int(0, 3)
  const drops = Array.from({ length: n }, (_, i) => ({
    x: cx - rx + ((i + 0.5) / n) * rx * 2 + c.r.range(-8, 8),
    w: c.r.range(22, 32),
    len: c.r.range(maxDrip * 0.3, maxDrip),
  }))
  const lower: Pt[] = []
  for (let k = 0; k <= 120; k++) {
    const x = cx + rx - (k / 120) * rx * 2
    let extra = 0
    for (const d of drops) {
      const u = Math.abs(x - d.x) / (d.w / 2)
      if (u < 1) extra = Math.max(extra, d.len * Math.sqrt(1 - u * u))
    }
    lower.push([x, frontY(x, cx, cy, rx, ry) + band + extra])
  }
  const d = `M${f(cx - rx)},${f(cy)} A${f(rx)},${f(ry)} 0 0 0 ${f(cx + rx)},${f(cy)} L` + lower.map(pt).join("L") + "Z"
  return el("path", { d, fill, ...c.stroke({ "stroke-width": 4 }) })
}

export function heart(x: number, y: number, s: number, fill: string, c: Ctx): string {
  return el("path", {
    d: `M${f(x)},${f(y + s * 0.9)} C${f(x - s * 1.4)},${f(y)} ${f(x - s * 0.8)},${f(y - s * 1.1)} ${f(x)},${f(y - s * 0.4)} C${f(x + s * 0.8)},${f(y - s * 1.1)} ${f(x + s * 1.4)},${f(y)} ${f(x)},${f(y + s * 0.9)}Z`,
    fill,
    ...c.stroke({ "stroke-width": 3 }),
  })
}

export function drizzleAcross(c: Ctx, x1: number, y1: number, x2: number, y2: number, n: number): string {
  const pts: Pt[] = []
  for (let k = 0; k <= n; k++) {
    const t = k / n
    pts.push([x1 + (x2 - x1) * t + c.r.range(-6, 6), y1 + (y2 - y1) * t + (k % 2 ? -26 : 26)])
  }
  return smooth(pts, false)
}
