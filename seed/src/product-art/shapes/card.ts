/** A greeting card with balloons in front of a kraft envelope (no text). */
import { darken, lighten, PARTY } from "../colour"
import type { Ctx } from "../context"
import { heart, shine, sprinkle } from "../decorations"
import { contact } from "../scene"
import { el, g } from "../svg"

export function card(c: Ctx): string {
  const out: string[] = [contact(c, 400, 600, 270, 40)]
  // Kraft envelope behind, tilted.
  const kraft = "#d8b98b"
  out.push(g([el("rect", { x: 190, y: 300, width: 360, height: 250, rx: 10, fill: kraft, ...c.stroke() }), el("path", { d: "M190,305 L370,440 L550,305", fill: "none", ...c.stroke({ stroke: darken(kraft, 0.3), "stroke-width": 4 }) })], { transform: "rotate(-9 370 425)" }))
  // Card.
  const t = "rotate(6 440 420)"
  out.push(g([el("rect", { x: 300, y: 230, width: 300, height: 380, rx: 12, fill: darken(c.main, 0.08), ...c.stroke() })], { transform: "rotate(6 440 420) translate(12 10)" }))
  const face: string[] = [el("rect", { x: 300, y: 230, width: 300, height: 380, rx: 12, fill: c.main, ...c.stroke() })]
  face.push(el("rect", { x: 322, y: 252, width: 256, height: 336, rx: 8, fill: "none", stroke: c.deco, "stroke-width": 4, "stroke-dasharray": "10 10" }))
  // Balloons and a heart, no text.
  const balloons: Array<[number, number, string]> = [
    [390, 350, c.accent],
    [470, 330, c.deco],
    [440, 410, lighten(c.accent, 0.3)],
  ]
  for (const [x, y, colour] of balloons) {
    face.push(el("path", { d: `M${x},${y + 46} Q${x - 6},${y + 110} ${x + 20},${y + 160}`, fill: "none", stroke: c.ink, "stroke-width": 2.5 }))
    face.push(el("ellipse", { cx: x, cy: y, rx: 38, ry: 46, fill: colour, ...c.stroke({ "stroke-width": 4 }) }))
    face.push(shine(x - 12, y - 18, 9, 14, 20, 0.6))
  }
  face.push(heart(450, 540, 26, c.accent, c))
  for (let i = 0; i < 14; i++) face.push(sprinkle(c, [c.r.range(335, 565), c.r.range(265, 580)], [c.deco, c.accent, ...PARTY], 0.8))
  out.push(g(face, { transform: t }))
  return g(out)
}
