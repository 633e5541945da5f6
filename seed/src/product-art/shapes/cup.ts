/** Drinks: a mug on a saucer with steam, or a glass of lemonade. */
import { darken, lighten } from "../colour"
import { sideShade, type Ctx } from "../context"
import { heart, shine } from "../decorations"
import { contact, plate } from "../scene"
import { el, f, g, type Pt } from "../svg"

export function cup(c: Ctx): string {
  const out: string[] = []
  if (c.has("lemonade")) {
    out.push(plate(c, 610, 220, 56), contact(c, 400, 600, 130, 26))
    const glass = "M280,250 L520,250 L495,590 Q400,606 305,590Z"
    out.push(el("path", { d: "M292,330 L508,330 L495,590 Q400,606 305,590Z", fill: c.accent, opacity: 0.85 }))
    for (let i = 0; i < 4; i++) {
      const x = 320 + i * 48 + c.r.range(-6, 6)
      const y = 350 + (i % 2) * 60
      out.push(el("rect", { x, y, width: 52, height: 48, rx: 10, fill: "#ffffff", opacity: 0.55, transform: `rotate(${f(c.r.range(-20, 20))} ${x + 26} ${y + 24})` }))
    }
    out.push(el("path", { d: "M470,140 L430,330", stroke: "#ff6fa3", "stroke-width": 16, "stroke-linecap": "round" }))
    out.push(el("path", { d: glass, fill: "#ffffff", opacity: 0.2 }))
    out.push(el("path", { d: glass, fill: "none", ...c.stroke() }))
    out.push(el("path", { d: "M306,280 L322,560", stroke: "#fff", "stroke-width": 10, "stroke-linecap": "round", opacity: 0.6 }))
    out.push(el("circle", { cx: 300, cy: 252, r: 46, fill: lighten(c.accent, 0.2), ...c.stroke() }), el("circle", { cx: 300, cy: 252, r: 36, fill: lighten(c.accent, 0.55) }))
    for (let k = 0; k < 8; k++) out.push(el("line", { x1: 300, y1: 252, x2: 300 + Math.cos((k * Math.PI) / 4) * 34, y2: 252 + Math.sin((k * Math.PI) / 4) * 34, stroke: c.accent, "stroke-width": 3 }))
    out.push(el("path", { d: "M520,250 q30,-40 70,-30 q-30,30 -70,30Z", fill: c.deco, ...c.stroke({ "stroke-width": 3 }) }))
    return g(out)
  }
  // Saucer.
  out.push(contact(c, 400, 605, 250, 50))
  out.push(el("ellipse", { cx: 400, cy: 592, rx: 250, ry: 62, fill: darken("#fffdf9", 0.06), ...c.stroke() }))
  out.push(el("ellipse", { cx: 400, cy: 584, rx: 150, ry: 32, fill: "#fffdf9", ...c.stroke({ "stroke-width": 3 }) }))
  // Mug.
  const body = "M250,330 L270,560 Q400,600 530,560 L550,330Z"
  out.push(el("path", { d: "M545,380 C640,370 640,510 530,505", fill: "none", stroke: c.ink, "stroke-width": 34, "stroke-linecap": "round" }))
  out.push(el("path", { d: "M545,380 C640,370 640,510 530,505", fill: "none", stroke: c.main, "stroke-width": 22, "stroke-linecap": "round" }))
  out.push(el("path", { d: body, fill: c.main }))
  out.push(el("path", { d: "M258,420 L542,420 L537,470 L263,470Z", fill: c.accent }))
  for (let k = 0; k < 7; k++) out.push(el("circle", { cx: 290 + k * 37, cy: 445, r: 7, fill: c.deco, opacity: 0.9 }))
  out.push(el("path", { d: body, fill: sideShade(c) }))
  out.push(el("path", { d: body, fill: "none", ...c.stroke() }))
  out.push(el("ellipse", { cx: 400, cy: 330, rx: 150, ry: 36, fill: darken(c.main, 0.08), ...c.stroke() }))
  const drink = c.has("chocolate") ? "#5a3323" : c.has("chai") ? "#c79a6b" : c.has("latte") ? "#c08552" : "#4a2a1c"
  out.push(el("ellipse", { cx: 400, cy: 334, rx: 134, ry: 28, fill: drink }))
  if (c.has("latte", "chai")) {
    out.push(heart(400, 334, 26, "#fbf1e4", { ...c, ink: "#fbf1e4" }))
    if (c.has("chai")) for (let i = 0; i < 10; i++) out.push(el("circle", { cx: c.r.range(310, 490), cy: c.r.range(322, 346), r: 2, fill: "#8a5a3b" }))
  } else if (c.has("chocolate")) {
    out.push(el("path", { d: "M300,330 Q300,270 360,276 Q352,240 402,236 Q446,240 440,276 Q500,270 500,330Z", fill: "#fffaf2", ...c.stroke({ "stroke-width": 4 }) }))
    for (let i = 0; i < 12; i++) out.push(el("rect", { x: c.r.range(330, 460), y: c.r.range(262, 310), width: 10, height: 4, rx: 2, fill: c.deco, transform: undefined }))
  } else {
    out.push(shine(360, 328, 50, 6, 0, 0.3))
  }
  // Steam.
  for (const [x, d] of [
    [350, 0],
    [400, -18],
    [450, 0],
  ] as Pt[]) {
    out.push(el("path", { d: `M${x},${260 + d} q-20,-30 0,-60 t0,-60`, fill: "none", stroke: "#ffffff", "stroke-width": 10, "stroke-linecap": "round", opacity: 0.75 }))
  }
  return g(out)
}
