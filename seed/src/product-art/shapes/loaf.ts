/** Breads: baguettes, rolls and bagels, flatbreads, challah, yule log, panettone, tin loaves, boules and bâtards. */
import { darken, lighten } from "../colour"
import { rounded, type Ctx } from "../context"
import { berry, drizzleAcross, shine } from "../decorations"
import { blobPoints, inEllipse } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g, smooth, type Pt } from "../svg"

export function loaf(c: Ctx): string {
  const out: string[] = [plate(c)]
  const crust = rounded(c, c.main, 0.22, 0.2)
  const score = c.accent
  const dust = (cx: number, cy: number, rx: number, ry: number, n: number, colour = "#fffaf0", max = 3.5) => {
    for (let i = 0; i < n; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, rx, ry)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.2, max), fill: colour, opacity: c.r.range(0.55, 0.95) }))
    }
  }
  if (c.has("baguette")) {
    out.push(contact(c, 400, 580, 290, 40))
    for (const [oy, ox] of [
      [-40, -20],
      [30, 20],
    ]) {
      const y = 500 + oy
      const body = `M${150 + ox},${y + 20} Q${140 + ox},${y - 40} ${220 + ox},${y - 48} L${590 + ox},${y - 78} Q${665 + ox},${y - 78} ${650 + ox},${y - 20} Q${640 + ox},${y + 12} ${580 + ox},${y + 20} L${210 + ox},${y + 48} Q${155 + ox},${y + 52} ${150 + ox},${y + 20}Z`
      out.push(el("path", { d: body, fill: crust, ...c.stroke() }))
      for (let i = 0; i < 5; i++) {
        const sx = 225 + ox + i * 82
        const sy = y - 30 - i * 6.5
        out.push(el("path", { d: `M${sx},${f(sy + 18)} q30,-16 58,-28 q-24,22 -58,28Z`, fill: score, ...c.stroke({ "stroke-width": 3 }) }))
      }
      dust(400 + ox, y - 14, 200, 30, 22)
    }
    return g(out)
  }
  if (c.has("bagels", "muffins", "rolls", "pretzel", "pull", "buns")) {
    out.push(contact(c, 400, 590, 260, 44))
    const spots: Pt[] = [
      [300, 470],
      [500, 470],
      [400, 530],
    ]
    if (c.has("rolls", "pull")) spots.unshift([400, 430])
    for (const [x, y] of spots) {
      const r = 92
      out.push(el("ellipse", { cx: x, cy: y + 22, rx: r, ry: r * 0.62, fill: darken(c.main, 0.2), ...c.stroke() }))
      out.push(el("ellipse", { cx: x, cy: y, rx: r, ry: r * 0.7, fill: crust, ...c.stroke() }))
      if (c.has("bagels")) {
        out.push(el("ellipse", { cx: x, cy: y + 4, rx: r * 0.26, ry: r * 0.16, fill: darken(c.main, 0.45), ...c.stroke({ "stroke-width": 3 }) }))
        for (let i = 0; i < 30; i++) {
          const [sx, sy] = inEllipse(c.r, x, y, r * 0.8, r * 0.55)
          if (Math.hypot((sx - x) / (r * 0.3), (sy - y) / (r * 0.2)) < 1) continue
          out.push(el("ellipse", { cx: sx, cy: sy, rx: 3, ry: 1.8, fill: c.r.pick([c.deco, c.accent, "#fffaf0"]), transform: `rotate(${f(c.r.range(0, 180))} ${f(sx)} ${f(sy)})` }))
        }
      } else if (c.has("pretzel")) {
        out.push(el("path", { d: `M${x - 40},${y - 18} q40,30 80,0 M${x - 40},${y + 14} q40,-26 80,0`, fill: "none", stroke: score, "stroke-width": 9, "stroke-linecap": "round" }))
        for (let i = 0; i < 8; i++) {
          const [sx, sy] = inEllipse(c.r, x, y, r * 0.6, r * 0.45)
          out.push(el("rect", { x: sx - 3, y: sy - 3, width: 6, height: 6, rx: 1, fill: c.deco }))
        }
      } else if (c.has("muffins")) {
        dust(x, y, r * 0.8, r * 0.55, 24, "#fff6e0", 2.5)
      } else {
        out.push(shine(x - 30, y - 30, 28, 12, -20, 0.45))
        if (c.has("pull")) for (let i = 0; i < 5; i++) out.push(el("path", { d: `M${f(x - 40 + i * 18)},${f(y - 10 + c.r.range(-10, 10))} l8,-6`, stroke: c.deco, "stroke-width": 5, "stroke-linecap": "round" }))
      }
    }
    return g(out)
  }
  if (c.has("focaccia", "ciabatta")) {
    out.push(contact(c, 400, 585, 260, 44))
    const pts = blobPoints(c.r, 400, 480, 240, 120, 20, 0.03)
    out.push(el("path", { d: smooth(pts.map(([x, y]) => [x, y + 34] as Pt)), fill: darken(c.main, 0.2), ...c.stroke() }))
    out.push(el("path", { d: smooth(pts), fill: crust, ...c.stroke() }))
    if (c.has("focaccia")) {
      for (let i = 0; i < 18; i++) {
        const [x, y] = inEllipse(c.r, 400, 480, 200, 96)
        out.push(el("ellipse", { cx: x, cy: y, rx: 9, ry: 6, fill: darken(c.main, 0.18) }))
      }
      for (let i = 0; i < 9; i++) {
        const [x, y] = inEllipse(c.r, 400, 480, 190, 90)
        const a = c.r.range(0, 180)
        out.push(el("path", { d: `M${f(x - 14)},${f(y)} L${f(x + 14)},${f(y)}`, stroke: c.deco, "stroke-width": 4, "stroke-linecap": "round", transform: `rotate(${f(a)} ${f(x)} ${f(y)})` }))
      }
      dust(400, 480, 200, 96, 20, "#fffaf0", 2.5)
    } else {
      dust(400, 475, 215, 100, 90, c.deco, 4)
    }
    return g(out)
  }
  if (c.has("challah")) {
    out.push(contact(c, 400, 585, 270, 44))
    const beads = 6
    for (let row = 0; row < 2; row++) {
      for (let i = 0; i < beads; i++) {
        const x = 190 + i * 84 + (row ? 42 : 0)
        const y = 480 + (row ? 26 : -12) - Math.sin((i / (beads - 1)) * Math.PI) * 26
        if (row && i === beads - 1) continue
        out.push(el("ellipse", { cx: x, cy: y, rx: 62, ry: 46, fill: crust, ...c.stroke(), transform: `rotate(${row ? -24 : 24} ${x} ${f(y)})` }))
        out.push(shine(x - 14, y - 16, 18, 7, row ? -24 : 24, 0.45))
      }
    }
    for (let i = 0; i < 70; i++) {
      const [x, y] = inEllipse(c.r, 400, 470, 230, 60)
      out.push(el("ellipse", { cx: x, cy: y, rx: 3, ry: 1.8, fill: c.deco, transform: `rotate(${f(c.r.range(0, 180))} ${f(x)} ${f(y)})` }))
    }
    return g(out)
  }
  if (c.has("yule")) {
    out.push(contact(c, 400, 585, 270, 44))
    const body = `M170,420 L560,420 L560,560 L170,560Z`
    out.push(el("path", { d: body, fill: rounded(c, c.accent, 0.15, 0.2), ...c.stroke() }))
    for (let i = 0; i < 9; i++) {
      const y = 436 + i * 14
      out.push(el("path", { d: `M${f(185 + c.r.range(0, 40))},${y} q${f(c.r.range(80, 160))},${f(c.r.range(-8, 8))} ${f(c.r.range(200, 330))},0`, fill: "none", stroke: darken(c.accent, 0.35), "stroke-width": 4, "stroke-linecap": "round" }))
    }
    out.push(el("ellipse", { cx: 560, cy: 490, rx: 52, ry: 70, fill: c.main, ...c.stroke() }))
    const spiral: Pt[] = []
    for (let k = 0; k <= 50; k++) {
      const a = (k / 50) * Math.PI * 5
      const d = (k / 50) * 0.8
      spiral.push([560 + Math.cos(a) * 52 * d, 490 + Math.sin(a) * 70 * d])
    }
    out.push(el("path", { d: smooth(spiral, false), fill: "none", stroke: "#fbf1e4", "stroke-width": 7, "stroke-linecap": "round" }))
    out.push(el("rect", { x: 300, y: 386, width: 60, height: 40, rx: 8, fill: c.main, ...c.stroke() }), el("ellipse", { cx: 330, cy: 386, rx: 30, ry: 10, fill: lighten(c.main, 0.3), ...c.stroke({ "stroke-width": 3 }) }))
    for (const [x, y] of [
      [230, 414],
      [250, 410],
      [240, 398],
    ] as Pt[])
      out.push(berry(c, [x, y], 11, c.deco))
    out.push(el("path", { d: "M255,404 q18,-20 40,-8 q-20,4 -40,8Z M255,404 q-6,-26 12,-36 q-2,20 -12,36Z", fill: "#4f8a3a", ...c.stroke({ "stroke-width": 3 }) }))
    dust(380, 420, 200, 14, 40, "#ffffff", 3)
    return g(out)
  }
  if (c.has("panettone")) {
    out.push(contact(c, 400, 585, 190, 40))
    out.push(el("path", { d: "M250,580 L250,430 L550,430 L550,580 Q400,600 250,580Z", fill: c.deco, ...c.stroke() }))
    for (let i = 0; i < 8; i++) out.push(el("line", { x1: 270 + i * 37, y1: 440, x2: 270 + i * 37, y2: 582, stroke: darken(c.deco, 0.15), "stroke-width": 4 }))
    out.push(el("path", { d: "M236,440 Q236,250 400,238 Q564,250 564,440 Q400,462 236,440Z", fill: crust, ...c.stroke() }))
    out.push(el("path", { d: "M330,300 L470,370 M470,300 L330,370", stroke: c.accent, "stroke-width": 10, "stroke-linecap": "round" }))
    out.push(shine(320, 300, 46, 18, -25, 0.35))
    return g(out)
  }
  const round = c.has("sourdough", "soda", "rye") && !c.has("stollen")
  const tin = c.has("sandwich", "brioche", "mie", "multigrain", "spelt", "swirl", "wheat", "banana", "drizzle", "lemon", "muffins")
  if (tin) {
    out.push(contact(c, 400, 585, 230, 42))
    const L = 225
    const R = 575
    const rim = 420
    const base = 568
    const sides = darken(c.main, 0.08)
    out.push(el("path", { d: `M${L},${rim} L${L + 8},${base - 10} Q${L + 10},${base} ${L + 22},${base} L${R - 22},${base} Q${R - 10},${base} ${R - 8},${base - 10} L${R},${rim}Z`, fill: c.linear([[0, darken(sides, 0.12)], [0.3, lighten(sides, 0.12)], [1, darken(sides, 0.2)]]), ...c.stroke() }))
    // Tin marks on the side.
    out.push(el("path", { d: `M${L + 20},${rim + 40} L${R - 20},${rim + 40}`, stroke: darken(sides, 0.18), "stroke-width": 4, "stroke-linecap": "round", opacity: 0.5 }))
    const domeTop = c.has("mie") ? rim - 70 : rim - 150
    const dome = `M${L - 16},${rim + 14} C${L - 34},${domeTop + 10} ${L + 40},${domeTop} 400,${domeTop} C${R - 40},${domeTop} ${R + 34},${domeTop + 10} ${R + 16},${rim + 14} Q400,${rim + 34} ${L - 16},${rim + 14}Z`
    out.push(el("path", { d: dome, fill: crust, ...c.stroke() }))
    const midY = (domeTop + rim) / 2
    if (c.has("drizzle", "lemon")) {
      out.push(el("path", { d: drizzleAcross(c, L + 10, midY - 10, R - 10, midY - 10, 8), fill: "none", stroke: c.accent, "stroke-width": 9, "stroke-linecap": "round" }))
      dust(400, midY - 30, 140, 24, 22, c.deco, 3)
    } else if (c.has("banana")) {
      out.push(el("path", { d: `M${L + 50},${midY} Q400,${domeTop - 20} ${R - 50},${midY - 10} Q400,${domeTop + 20} ${L + 50},${midY}Z`, fill: c.deco, ...c.stroke({ "stroke-width": 3 }) }))
      out.push(el("path", { d: `M${L + 70},${midY + 2} Q400,${domeTop} ${R - 70},${midY - 8}`, fill: "none", stroke: darken(c.deco, 0.25), "stroke-width": 3 }))
    } else if (c.has("swirl", "cinnamon")) {
      out.push(el("path", { d: drizzleAcross(c, L + 20, midY, R - 20, midY, 10), fill: "none", stroke: c.deco, "stroke-width": 6, "stroke-linecap": "round", opacity: 0.8 }))
      out.push(shine(330, domeTop + 30, 60, 14, -8, 0.4))
    } else if (c.has("multigrain", "spelt", "wheat")) {
      dust(400, midY - 10, 150, 40, 46, c.deco, 4)
      out.push(el("path", { d: `M${L + 60},${midY + 10} Q400,${domeTop - 10} ${R - 60},${midY + 10}`, fill: "none", stroke: c.accent, "stroke-width": 9, "stroke-linecap": "round" }))
    } else {
      out.push(shine(330, domeTop + (rim - domeTop) * 0.35, 70, 16, -8, 0.45))
      if (c.has("brioche")) out.push(el("path", { d: `M400,${domeTop + 6} Q${394},${midY} 400,${rim + 20}`, fill: "none", stroke: darken(c.main, 0.25), "stroke-width": 5, "stroke-linecap": "round" }))
    }
    return g(out)
  }
  // Boule or bâtard.
  out.push(contact(c, 400, 585, round ? 220 : 260, 44))
  const rx = round ? 200 : 250
  const cy = round ? 470 : 490
  const top = round ? 300 : 360
  const body = `M${400 - rx},${cy + 60} Q${400 - rx - 14},${top - 10} 400,${top} Q${400 + rx + 14},${top - 10} ${400 + rx},${cy + 60} Q400,${cy + 110} ${400 - rx},${cy + 60}Z`
  out.push(el("path", { d: body, fill: crust, ...c.stroke() }))
  if (c.has("soda")) {
    out.push(el("path", { d: `M300,${cy - 50} L500,${cy + 10} M500,${cy - 50} L300,${cy + 10}`, stroke: score, "stroke-width": 16, "stroke-linecap": "round" }))
  } else if (round) {
    out.push(el("path", { d: `M270,${cy - 40} Q390,${cy - 150} 540,${cy - 70} Q400,${cy - 80} 270,${cy - 40}Z`, fill: score, ...c.stroke({ "stroke-width": 4 }) }))
    out.push(el("path", { d: `M285,${cy - 44} Q395,${cy - 138} 530,${cy - 72}`, fill: "none", stroke: darken(c.main, 0.35), "stroke-width": 5, "stroke-linecap": "round" }))
    for (const dy of [30, 62]) out.push(el("path", { d: `M${300 + dy / 2},${cy + dy - 20} Q400,${cy + dy - 60} ${500 - dy / 2},${cy + dy - 22}`, fill: "none", stroke: score, "stroke-width": 6, "stroke-linecap": "round", opacity: 0.85 }))
  } else {
    out.push(el("path", { d: `M210,${cy - 50} Q400,${top - 30} 600,${cy - 40} Q400,${top + 10} 210,${cy - 50}Z`, fill: c.has("stollen") ? "#ffffff" : score, ...c.stroke({ "stroke-width": 3 }) }))
  }
  if (c.has("seeded", "rye", "fig", "olive", "jalapeno")) {
    for (let i = 0; i < 26; i++) {
      const [x, y] = inEllipse(c.r, 400, cy - 10, rx * 0.75, 70)
      out.push(el("ellipse", { cx: x, cy: y, rx: c.has("seeded") ? 5 : 8, ry: c.has("seeded") ? 3 : 6, fill: c.deco, opacity: 0.9, transform: `rotate(${f(c.r.range(0, 180))} ${f(x)} ${f(y)})` }))
    }
  }
  if (c.has("stollen")) dust(400, cy - 20, rx * 0.9, 90, 160, "#ffffff", 5)
  else dust(400, cy - 40, rx * 0.7, 60, 40)
  return g(out)
}
