/** Pies and tarts in a fluted dish: lattice, apple, crumble, meringue, fruit, cream or glossy filling, with a crimped edge. */
import { darken, lighten, mix } from "../colour"
import { rounded, sideShade, type Ctx } from "../context"
import { berry, drizzleAcross, rosette, shine } from "../decorations"
import { blobPoints, frontY, inEllipse } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g, poly, smooth, type Pt } from "../svg"

export function pie(c: Ctx): string {
  const out: string[] = [plate(c)]
  const cx = 400
  const cy = 470
  const rx = 250
  const ry = 96
  const dish = mix("#ffffff", c.deco, 0.15)
  out.push(contact(c, 400, 585, 260, 50))
  // Dish side.
  const side = `M${cx - rx},${cy} L${cx - rx + 24},${cy + 70} A${rx - 24},${ry - 8} 0 0 0 ${cx + rx - 24},${cy + 70} L${cx + rx},${cy}Z`
  out.push(el("path", { d: side, fill: darken(dish, 0.06) }))
  for (let k = 1; k < 16; k++) {
    const x = cx - rx + 24 + (k / 16) * (rx - 24) * 2
    const yb = frontY(x, cx, cy + 70, rx - 24, ry - 8)
    const yt = frontY(x, cx, cy, rx, ry)
    out.push(el("line", { x1: x, y1: yt + 6, x2: x, y2: yb - 4, stroke: darken(dish, 0.16), "stroke-width": 4, "stroke-linecap": "round" }))
  }
  out.push(el("path", { d: side, fill: sideShade(c) }))
  out.push(el("path", { d: side, fill: "none", ...c.stroke() }))
  // Crust rim and filling.
  out.push(el("ellipse", { cx, cy, rx, ry, fill: rounded(c, c.main, 0.2, 0.15), ...c.stroke() }))
  const frx = rx - 42
  const fry = ry - 26
  const filling = c.radial(
    [
      [0, lighten(c.accent, 0.25)],
      [0.7, c.accent],
      [1, darken(c.accent, 0.2)],
    ],
    0.45,
    0.4,
    0.7,
  )
  out.push(el("ellipse", { cx, cy: cy + 2, rx: frx, ry: fry, fill: filling, ...c.stroke({ "stroke-width": 4 }) }))
  c.defs.push(el("clipPath", { id: "filling" }, el("ellipse", { cx, cy: cy + 2, rx: frx, ry: fry })))

  const inside: string[] = []
  if (c.has("lattice", "cherry", "rhubarb", "blueberry")) {
    const strip = (d: string) => el("path", { d, fill: "none", stroke: c.ink, "stroke-width": 34 }) + el("path", { d, fill: "none", stroke: lighten(c.main, 0.08), "stroke-width": 27 })
    for (let i = -3; i <= 3; i++) inside.push(strip(`M${cx + i * 76 - 90},${cy - 120} L${cx + i * 76 + 90},${cy + 120}`))
    for (let i = -3; i <= 3; i++) inside.push(strip(`M${cx + i * 76 + 90},${cy - 120} L${cx + i * 76 - 90},${cy + 120}`))
    for (let i = 0; i < 12; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, frx * 0.9, fry * 0.85)
      inside.push(el("circle", { cx: x, cy: y, r: 2.5, fill: "#fff", opacity: 0.8 }))
    }
  } else if (c.has("apple") && !c.has("crumble")) {
    inside.push(el("ellipse", { cx, cy: cy - 6, rx: frx + 6, ry: fry + 4, fill: rounded(c, c.main, 0.25, 0.15), ...c.stroke({ "stroke-width": 4 }) }))
    for (const a of [-0.9, -0.3, 0.3, 0.9]) {
      const x = cx + Math.sin(a) * 60
      const y = cy - 10 + Math.cos(a) * 10
      inside.push(el("path", { d: `M${f(x)},${f(y - 22)} Q${f(x + 6)},${f(y)} ${f(x)},${f(y + 22)}`, fill: "none", stroke: darken(c.main, 0.35), "stroke-width": 6, "stroke-linecap": "round", transform: `rotate(${f(a * 40)} ${f(cx)} ${f(cy)})` }))
    }
    for (let i = 0; i < 40; i++) {
      const [x, y] = inEllipse(c.r, cx, cy - 8, frx * 0.9, fry * 0.85)
      inside.push(el("circle", { cx: x, cy: y, r: c.r.range(1.5, 3), fill: "#fff", opacity: 0.85 }))
    }
  } else if (c.has("crumble")) {
    for (let i = 0; i < 70; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, frx * 0.95, fry * 0.9)
      inside.push(el("path", { d: smooth(blobPoints(c.r, x, y, c.r.range(8, 14), c.r.range(6, 10), 6, 0.3)), fill: c.r.pick([c.main, lighten(c.main, 0.15), c.deco]), ...c.stroke({ "stroke-width": 1.5 }) }))
    }
  } else if (c.has("meringue")) {
    const peaks: Pt[] = []
    inside.push(el("ellipse", { cx, cy: cy + 2, rx: frx, ry: fry, fill: "#fbf1dc" }))
    for (let i = 0; i < 20; i++) peaks.push(inEllipse(c.r, cx, cy, frx * 0.85, fry * 0.7))
    peaks.sort((a, b) => a[1] - b[1])
    for (const [x, y] of peaks) inside.push(meringuePeak(c, x, y + 10, c.r.range(40, 52), c.deco))
  } else if (c.has("danish")) {
    if (c.has("apricot")) {
      for (const dx of [-55, 55]) {
        inside.push(el("ellipse", { cx: cx + dx, cy, rx: 58, ry: 40, fill: rounded(c, c.accent, 0.35, 0.1), ...c.stroke({ "stroke-width": 3 }) }))
        inside.push(shine(cx + dx - 18, cy - 14, 16, 7, -10, 0.6))
      }
    } else if (c.has("raspberry")) {
      for (let i = 0; i < 16; i++) inside.push(berry(c, inEllipse(c.r, cx, cy, frx * 0.7, fry * 0.65), c.r.range(13, 17), darken(c.accent, 0.1)))
    } else {
      inside.push(el("ellipse", { cx, cy: cy + 2, rx: frx * 0.62, ry: fry * 0.6, fill: rounded(c, c.accent, 0.4, 0.05), ...c.stroke({ "stroke-width": 3 }) }))
    }
    for (let k = 0; k < 3; k++) inside.push(el("path", { d: drizzleAcross(c, cx - frx * 0.9, cy - 30 + k * 30, cx + frx * 0.9, cy - 30 + k * 30, 7), fill: "none", stroke: c.deco, "stroke-width": 5, "stroke-linecap": "round" }))
  } else if (c.has("fruit", "tatin", "pear", "apricot", "raspberry")) {
    const colours = c.has("fruit") ? ["#e8374f", "#7cbf3a", "#3b3f8f", "#f5a623", "#d81e5b"] : [c.deco, darken(c.deco, 0.1)]
    for (let ringI = 0; ringI < 3; ringI++) {
      const n = [14, 9, 1][ringI]
      const rr = [0.78, 0.45, 0][ringI]
      for (let k = 0; k < n; k++) {
        const a = (k / n) * Math.PI * 2 + ringI
        const x = cx + Math.cos(a) * frx * rr
        const y = cy + Math.sin(a) * fry * rr
        const colour = colours[(k + ringI) % colours.length]
        if (c.has("tatin", "pear", "apricot")) inside.push(el("ellipse", { cx: x, cy: y, rx: 34, ry: 20, fill: rounded(c, colour, 0.3, 0.1), ...c.stroke({ "stroke-width": 3 }), transform: `rotate(${f((a * 180) / Math.PI + 90)} ${f(x)} ${f(y)})` }))
        else inside.push(berry(c, [x, y], 16, colour))
      }
    }
  } else if (c.has("cream", "banoffee", "lime")) {
    for (let k = 0; k < 12; k++) {
      const a = (k / 12) * Math.PI * 2
      inside.push(rosette({ ...c, accent: c.has("banoffee", "cream") ? "#fffaf2" : lighten(c.accent, 0.6) }, [cx + Math.cos(a) * frx * 0.78, cy + Math.sin(a) * fry * 0.72], 20, false))
    }
    for (let i = 0; i < 14; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, frx * 0.45, fry * 0.4)
      inside.push(el("rect", { x: x - 6, y: y - 2.5, width: 12, height: 5, rx: 2, fill: c.has("chocolate") ? c.accent : c.deco, transform: `rotate(${f(c.r.range(0, 180))} ${f(x)} ${f(y)})` }))
    }
  } else if (c.has("mince", "danish")) {
    inside.push(star(cx, cy - 6, 70, c.deco === "#fbefd8" ? c.main : lighten(c.main, 0.1), c))
  } else if (c.has("quiche")) {
    for (let i = 0; i < 26; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, frx * 0.85, fry * 0.8)
      inside.push(el("path", { d: smooth(blobPoints(c.r, x, y, 8, 5, 6, 0.3)), fill: c.r.chance(0.5) ? c.deco : darken(c.accent, 0.25), opacity: 0.9 }))
    }
    for (let i = 0; i < 14; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, frx * 0.8, fry * 0.75)
      inside.push(el("circle", { cx: x, cy: y, r: 2.5, fill: "#4f8a3a" }))
    }
  } else {
    // Glossy filling with pecans / salt / spice.
    if (c.has("pecan")) {
      for (let k = 0; k < 3; k++) {
        const n = [16, 10, 4][k]
        for (let i = 0; i < n; i++) {
          const a = (i / n) * Math.PI * 2 + k * 0.3
          const x = cx + Math.cos(a) * frx * [0.8, 0.52, 0.22][k]
          const y = cy + Math.sin(a) * fry * [0.78, 0.5, 0.2][k]
          inside.push(el("ellipse", { cx: x, cy: y, rx: 19, ry: 11, fill: rounded(c, c.deco, 0.2, 0.2), ...c.stroke({ "stroke-width": 2.5 }), transform: `rotate(${f((a * 180) / Math.PI + 90)} ${f(x)} ${f(y)})` }))
        }
      }
    } else {
      for (let i = 0; i < 30; i++) {
        const [x, y] = inEllipse(c.r, cx, cy, frx * 0.85, fry * 0.8)
        inside.push(el("rect", { x: x - 3, y: y - 3, width: 6, height: 6, rx: 1, fill: c.deco, opacity: 0.9, transform: `rotate(${f(c.r.range(0, 90))} ${f(x)} ${f(y)})` }))
      }
      if (c.has("pumpkin")) for (let k = 0; k < 8; k++) {
        const a = (k / 8) * Math.PI * 2
        inside.push(rosette({ ...c, accent: "#fffaf2" }, [cx + Math.cos(a) * frx * 0.75, cy + Math.sin(a) * fry * 0.7], 16, false))
      }
    }
    inside.push(shine(cx - 70, cy - 28, 60, 12, -6, 0.35))
  }
  out.push(g(inside, { "clip-path": "url(#filling)" }))
  out.push(el("ellipse", { cx, cy: cy + 2, rx: frx, ry: fry, fill: "none", ...c.stroke({ "stroke-width": 4 }) }))
  // Crimped edge.
  const crimps = 28
  const bumps: string[] = []
  for (let k = 0; k < crimps; k++) {
    const a = (k / crimps) * Math.PI * 2
    const x = cx + Math.cos(a) * (rx - 20)
    const y = cy + Math.sin(a) * (ry - 12)
    bumps.push(el("ellipse", { cx: x, cy: y, rx: 15, ry: 11, fill: lighten(c.main, 0.12), ...c.stroke({ "stroke-width": 2.5 }) }))
  }
  out.push(...bumps)
  return g(out)
}

function meringuePeak(c: Ctx, x: number, y: number, s: number, tip: string): string {
  const toasted = mix(tip, "#c98a3c", 0.75)
  const body = `M${f(x - s)},${f(y + s * 0.35)} C${f(x - s * 1.1)},${f(y - s * 0.5)} ${f(x - s * 0.3)},${f(y - s * 0.55)} ${f(x - s * 0.05)},${f(y - s * 1.15)} C${f(x + s * 0.15)},${f(y - s * 0.6)} ${f(x + s * 1.1)},${f(y - s * 0.45)} ${f(x + s)},${f(y + s * 0.35)} Q${f(x)},${f(y + s * 0.75)} ${f(x - s)},${f(y + s * 0.35)}Z`
  return g([
    el("path", { d: body, fill: c.radial([[0, "#fffdf6"], [0.6, "#fbf1dc"], [1, toasted]], 0.45, 0.7, 0.9), ...c.stroke({ "stroke-width": 3 }) }),
    el("path", { d: `M${f(x - s * 0.25)},${f(y - s * 0.55)} Q${f(x - s * 0.05)},${f(y - s * 0.8)} ${f(x - s * 0.05)},${f(y - s * 1.1)}`, fill: "none", stroke: toasted, "stroke-width": 5, "stroke-linecap": "round" }),
  ])
}

function star(x: number, y: number, s: number, fill: string, c: Ctx): string {
  const pts: Pt[] = []
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k / 10) * Math.PI * 2
    const rr = k % 2 ? s * 0.45 : s
    pts.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr * 0.6])
  }
  return el("path", { d: poly(pts), fill, ...c.stroke({ "stroke-width": 4 }) })
}
