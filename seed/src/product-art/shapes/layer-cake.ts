/** Layer cakes: one frosted tier with drips and a topping picked from the name, or stacked wedding tiers. */
import { contrast, lighten, PARTY } from "../colour"
import { rounded, sideShade, type Ctx } from "../context"
import { berry, candle, drips, flower, ring, rosette, shine, sprinkle } from "../decorations"
import { frontY, inEllipse } from "../geometry"
import { contact, plate } from "../scene"
import { el, f, g } from "../svg"

type Style = "sprinkles" | "berries" | "rosettes" | "shavings" | "candles" | "flowers" | "pearls"

function cakeStyle(c: Ctx): Style {
  if (c.has("birthday", "smash")) return "candles"
  if (c.has("funfetti", "party", "sprinkle", "celebration", "baby", "photo")) return "sprinkles"
  if (c.has("berry", "strawberry", "raspberry", "cherry", "blueberry", "forest", "naked", "shortcake", "strawberries")) return "berries"
  if (c.has("chocolate", "mocha", "fudge", "tiramisu", "german", "cookies")) return "shavings"
  if (c.has("lavender", "elderflower", "rose", "wedding", "tier")) return "flowers"
  return c.r.pick(["rosettes", "pearls"] as const)
}

/** Decorations scattered on an elliptical top surface. */
function topDecorations(c: Ctx, style: Style, cx: number, cy: number, rx: number, ry: number): string[] {
  const out: string[] = []
  if (style === "sprinkles") {
    const colours = [c.deco, ...PARTY]
    for (let i = 0; i < 46; i++) out.push(sprinkle(c, inEllipse(c.r, cx, cy, rx * 0.86, ry * 0.8), colours))
  } else if (style === "shavings") {
    const curl = contrast(c.deco, c.accent, 0)
    for (let i = 0; i < 18; i++) {
      const [x, y] = inEllipse(c.r, cx, cy, rx * 0.7, ry * 0.62)
      const w = c.r.range(16, 26)
      out.push(el("path", { d: `M${f(x - w / 2)},${f(y)} q${f(w / 2)},${f(-c.r.range(8, 14))} ${f(w)},0`, fill: "none", stroke: curl, "stroke-width": 6, "stroke-linecap": "round" }))
    }
    out.push(...ring(c, cx, cy, rx, ry, 7, (p) => berry(c, p, 13, c.deco)))
  } else if (style === "berries") {
    out.push(...ring(c, cx, cy, rx, ry, 9, (p) => berry(c, p, 17, c.deco)))
  } else if (style === "candles") {
    for (let i = 0; i < 26; i++) out.push(sprinkle(c, inEllipse(c.r, cx, cy, rx * 0.86, ry * 0.8), [c.deco, ...PARTY]))
    const heights = [78, 92, 78]
    ;[-52, 0, 52].forEach((dx, i) => out.push(candle(c, cx + dx, cy + (i === 1 ? 10 : -4), heights[i], "#fff8f0", PARTY[i * 2])))
  } else if (style === "flowers") {
    out.push(...ring(c, cx, cy, rx, ry, 7, (p) => flower(c, p, 17)))
  } else if (style === "pearls") {
    out.push(...ring(c, cx, cy, rx, ry, 14, ([x, y]) => g([el("circle", { cx: x, cy: y, r: 9, fill: c.deco, ...c.stroke({ "stroke-width": 2.5 }) }), el("circle", { cx: x - 3, cy: y - 3, r: 3, fill: "#fff", opacity: 0.7 })])))
  } else {
    out.push(...ring(c, cx, cy, rx, ry, 8, (p) => rosette(c, p, 22)))
  }
  return out
}

/** One round tier: side with filling stripes, frosted top with drips. */
function tier(c: Ctx, cx: number, rx: number, ry: number, top: number, bottom: number, opts: { stripes: boolean; drip: number }): string[] {
  const L = cx - rx
  const R = cx + rx
  const side = `M${f(L)},${f(top)} L${f(L)},${f(bottom)} A${f(rx)},${f(ry)} 0 0 0 ${f(R)},${f(bottom)} L${f(R)},${f(top)}Z`
  const out = [el("path", { d: side, fill: c.main })]
  if (opts.stripes) {
    const h = bottom - top
    for (const fr of [0.45, 0.74]) {
      const y1 = top + h * fr
      const y2 = y1 + Math.max(10, h * 0.075)
      out.push(el("path", { d: `M${f(L)},${f(y1)} A${f(rx)},${f(ry)} 0 0 0 ${f(R)},${f(y1)} L${f(R)},${f(y2)} A${f(rx)},${f(ry)} 0 0 1 ${f(L)},${f(y2)}Z`, fill: c.accent }))
    }
  }
  out.push(el("path", { d: side, fill: sideShade(c) }))
  out.push(el("path", { d: side, fill: "none", ...c.stroke() }))
  out.push(el("ellipse", { cx, cy: top, rx, ry, fill: rounded(c, c.accent, 0.3, 0.06), ...c.stroke() }))
  if (opts.drip > 0) out.push(drips(c, cx, top, rx, ry, c.accent, opts.drip))
  out.push(shine(cx - rx * 0.45, top - ry * 0.2, rx * 0.22, ry * 0.16, -8, 0.4))
  return out
}

export function layerCake(c: Ctx): string {
  const out: string[] = [plate(c)]
  if (c.has("tier", "wedding")) {
    const three = c.has("three", "wedding")
    const levels = three
      ? [
          { rx: 210, ry: 52, top: 452, bottom: 560 },
          { rx: 155, ry: 40, top: 352, bottom: 452 },
          { rx: 102, ry: 28, top: 262, bottom: 352 },
        ]
      : [
          { rx: 210, ry: 54, top: 420, bottom: 560 },
          { rx: 140, ry: 38, top: 292, bottom: 420 },
        ]
    out.push(contact(c, 400, 572, 225, 58))
    levels.forEach((lv, i) => {
      out.push(...tier(c, 400, lv.rx, lv.ry, lv.top, lv.bottom, { stripes: false, drip: 0 }))
      // Piped pearl border where each tier meets the next.
      const border: string[] = []
      for (let k = 0; k <= 22; k++) {
        const x = 400 - lv.rx + (k / 22) * lv.rx * 2
        border.push(el("circle", { cx: x, cy: frontY(x, 400, lv.bottom, lv.rx, lv.ry) - 2, r: 6.5, fill: lighten(c.accent, 0.2), ...c.stroke({ "stroke-width": 2 }) }))
      }
      out.push(...border)
      if (i === levels.length - 1) out.push(...topDecorations(c, "flowers", 400, lv.top, lv.rx, lv.ry))
      else out.push(...ring(c, 400, lv.top, lv.rx * 1.05, lv.ry * 1.3, 5, (p) => (p[1] > lv.top ? flower(c, p, 14) : "")))
    })
    return g(out)
  }
  const style = cakeStyle(c)
  const small = c.has("smash")
  const rx = small ? 150 : 205
  const ry = small ? 42 : 54
  const top = small ? 380 : 318
  out.push(contact(c, 400, 570, rx + 18, ry + 6))
  out.push(...tier(c, 400, rx, ry, top, 548, { stripes: !small, drip: c.r.range(38, 58) }))
  out.push(...topDecorations(c, style, 400, top, rx, ry))
  return g(out)
}
