/** Candles: a glittery number candle, or a row of striped birthday candles. */
import { darken, lighten } from "../colour"
import type { Ctx } from "../context"
import { candle, flame } from "../decorations"
import { contact, plate } from "../scene"
import { el, f, g } from "../svg"

export function candleArt(c: Ctx): string {
  const out: string[] = [plate(c)]
  if (c.has("number")) {
    out.push(contact(c, 400, 590, 160, 30))
    out.push(el("ellipse", { cx: 400, cy: 560, rx: 130, ry: 32, fill: lighten(c.deco, 0.4), ...c.stroke() }))
    out.push(el("rect", { x: 330, y: 250, width: 140, height: 310, rx: 60, fill: c.linear([[0, darken(c.main, 0.15)], [0.4, lighten(c.main, 0.35)], [1, darken(c.main, 0.25)]]), ...c.stroke() }))
    for (let i = 0; i < 90; i++) {
      const x = c.r.range(345, 455)
      const y = c.r.range(270, 545)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.5, 3.5), fill: c.r.pick([c.accent, "#ffffff", darken(c.main, 0.2)]), opacity: 0.9 }))
    }
    out.push(el("line", { x1: 400, y1: 250, x2: 400, y2: 228, stroke: c.ink, "stroke-width": 4, "stroke-linecap": "round" }))
    out.push(flame(400, 234, 1.5))
    for (const [x, y, s] of [
      [270, 300, 1],
      [540, 360, 0.8],
      [520, 240, 0.6],
    ] as const)
      out.push(sparkle(x, y, 22 * s, c.deco))
    return g(out)
  }
  out.push(contact(c, 400, 590, 200, 36))
  out.push(el("ellipse", { cx: 400, cy: 575, rx: 190, ry: 44, fill: lighten(c.main, 0.2), ...c.stroke() }))
  const colours = [c.accent, c.deco, "#ffd166", "#b388eb", "#7bd389"]
  const heights = [230, 270, 250, 290, 240]
  for (let i = 0; i < 5; i++) {
    const x = 260 + i * 70
    const base = 575 - Math.sin((i / 4) * Math.PI) * 12
    out.push(candle(c, x, base, heights[(i + c.r.int(0, 4)) % 5], c.main, colours[i], 26))
  }
  return g(out)
}

function sparkle(x: number, y: number, s: number, fill: string): string {
  return el("path", { d: `M${f(x)},${f(y - s)} Q${f(x + s * 0.2)},${f(y - s * 0.2)} ${f(x + s)},${f(y)} Q${f(x + s * 0.2)},${f(y + s * 0.2)} ${f(x)},${f(y + s)} Q${f(x - s * 0.2)},${f(y + s * 0.2)} ${f(x - s)},${f(y)} Q${f(x - s * 0.2)},${f(y - s * 0.2)} ${f(x)},${f(y - s)}Z`, fill })
}
