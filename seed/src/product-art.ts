/**
 * Friendly, flat "illustrated menu" pictures for every product, drawn as SVG
 * from the product's `art` (shape + three colours) and rendered to WebP.
 *
 * Everything random (sprinkles, drips, berries, chips, background confetti)
 * comes from a PRNG seeded with the product handle, so the same product always
 * produces the same SVG and the same WebP bytes. No text is ever drawn.
 *
 * Colours: `art.colours` = [main (sponge, crust, dough, cup), accent (frosting,
 * filling, topping), decoration (sprinkles, berries, chips…)]. A few shapes
 * have variants picked from words in the handle (a baguette is a "loaf", but
 * it shouldn't look like a boule).
 */
import sharp from "sharp"
import type { CategoryHandle, SeedProduct } from "./catalog-schema"

/** What the renderer needs from a product. A full SeedProduct fits. */
export type ArtSubject = Pick<SeedProduct, "handle" | "category" | "art">

const VIEW = 800
const SW = 5 // outline width

/** Soft background tint per category. */
const CATEGORY_TINTS: Record<CategoryHandle, string> = {
  "celebration-cakes": "#fbe1e8",
  cupcakes: "#fce6f0",
  cookies: "#f9ead2",
  "brownies-bars": "#f3e3d3",
  breads: "#f5e8cf",
  "viennoiserie-pastries": "#fbeccb",
  "pies-tarts": "#f9e3cf",
  cheesecakes: "#fbefdc",
  "gluten-free": "#e5f1dc",
  vegan: "#dff0dc",
  seasonal: "#f9ded6",
  "custom-cakes": "#ece3f8",
  "drinks-extras": "#dcebf4",
}

const PARTY = ["#ff6fa3", "#ffd166", "#4cc9f0", "#7bd389", "#b388eb", "#ff9f5a"]

// ---------------------------------------------------------------- numbers & colours

/** Short, stable number formatting (1 decimal, no "-0"). */
function f(n: number): string {
  const r = Math.round(n * 10) / 10
  return Object.is(r, -0) ? "0" : String(r)
}

type RGB = [number, number, number]
const toRgb = (hex: string): RGB => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as RGB
const toHex = (c: RGB) => "#" + c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0")).join("")
function mix(a: string, b: string, t: number): string {
  const x = toRgb(a)
  const y = toRgb(b)
  return toHex([0, 1, 2].map((i) => x[i] + (y[i] - x[i]) * t) as RGB)
}
const lighten = (c: string, t: number) => mix(c, "#ffffff", t)
const darken = (c: string, t: number) => mix(c, "#000000", t)
function luminance(c: string): number {
  const [r, g, b] = toRgb(c)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}
/** A colour visible against `on`: darker on light colours, lighter on dark ones. */
const contrast = (c: string, on: string, t = 0.25) => (luminance(on) > 0.55 ? darken(c, t) : lighten(c, t))

// ---------------------------------------------------------------- deterministic randomness

function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

class Rand {
  private state: number
  constructor(seed: number) {
    this.state = seed || 1
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  range(a: number, b: number): number {
    return a + (b - a) * this.next()
  }
  int(a: number, b: number): number {
    return Math.floor(this.range(a, b + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

// ---------------------------------------------------------------- svg helpers

type Attrs = Record<string, string | number | undefined>
function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${typeof v === "number" ? f(v) : v}"`)
    .join(" ")
}
const el = (tag: string, a: Attrs, inner?: string) => (inner === undefined ? `<${tag} ${attrs(a)}/>` : `<${tag} ${attrs(a)}>${inner}</${tag}>`)
const g = (inner: string[], a: Attrs = {}) => el("g", a, inner.join(""))

type Pt = readonly [number, number]
const pt = ([x, y]: Pt) => `${f(x)},${f(y)}`
const poly = (pts: readonly Pt[]) => "M" + pts.map(pt).join("L") + "Z"

/** Smooth closed curve through the points (Catmull-Rom → cubic Bézier). */
function smooth(pts: readonly Pt[], closed = true): string {
  const n = pts.length
  const at = (i: number) => (closed ? pts[(i + n) % n] : pts[Math.min(n - 1, Math.max(0, i))])
  let d = `M${pt(pts[0])}`
  const segments = closed ? n : n - 1
  for (let i = 0; i < segments; i++) {
    const p0 = at(i - 1)
    const p1 = at(i)
    const p2 = at(i + 1)
    const p3 = at(i + 2)
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
    d += `C${pt(c1)} ${pt(c2)} ${pt(p2)}`
  }
  return closed ? d + "Z" : d
}

/** Points around a wobbly ellipse. */
function blobPoints(r: Rand, cx: number, cy: number, rx: number, ry: number, n: number, wobble: number, start = 0): Pt[] {
  return Array.from({ length: n }, (_, k) => {
    const a = start + (k / n) * Math.PI * 2
    const j = 1 + r.range(-wobble, wobble)
    return [cx + Math.cos(a) * rx * j, cy + Math.sin(a) * ry * j] as Pt
  })
}

/** Random point inside an ellipse (area-uniform). */
function inEllipse(r: Rand, cx: number, cy: number, rx: number, ry: number): Pt {
  const a = r.next() * Math.PI * 2
  const d = Math.sqrt(r.next())
  return [cx + Math.cos(a) * rx * d, cy + Math.sin(a) * ry * d]
}

/** y of the back (upper) edge of an ellipse at x. */
const cy0 = (cy: number, ry: number, x: number, cx: number, rx: number) => cy - ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2))

/** y of the front (lower) edge of an ellipse at x. */
const frontY = (x: number, cx: number, cy: number, rx: number, ry: number) => cy + ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2))

// ---------------------------------------------------------------- drawing context

interface Ctx {
  r: Rand
  handle: string
  main: string
  accent: string
  deco: string
  bg: string
  ink: string
  defs: string[]
  has(...words: string[]): boolean
  linear(stops: Array<[number, string, number?]>, x1?: number, y1?: number, x2?: number, y2?: number): string
  radial(stops: Array<[number, string, number?]>, cx?: number, cy?: number, r?: number): string
  stroke(extra?: Attrs): Attrs
}

function makeCtx(subject: ArtSubject): Ctx {
  const [main, accent, deco] = subject.art.colours.map((c) => c.toLowerCase())
  const words = subject.handle.split("-")
  let ids = 0
  const defs: string[] = []
  const stopList = (stops: Array<[number, string, number?]>) =>
    stops.map(([o, c, op]) => el("stop", { offset: o, "stop-color": c, "stop-opacity": op })).join("")
  const ink = mix(darken(main, 0.62), "#3b2314", 0.45)
  return {
    r: new Rand(fnv1a(subject.handle)),
    handle: subject.handle,
    main,
    accent,
    deco,
    bg: CATEGORY_TINTS[subject.category] ?? "#f7ead8",
    ink,
    defs,
    has: (...w) => w.some((word) => words.includes(word)),
    linear(stops, x1 = 0, y1 = 0, x2 = 1, y2 = 0) {
      const id = `g${ids++}`
      defs.push(el("linearGradient", { id, x1, y1, x2, y2 }, stopList(stops)))
      return `url(#${id})`
    },
    radial(stops, cx = 0.4, cy = 0.35, r = 0.75) {
      const id = `g${ids++}`
      defs.push(el("radialGradient", { id, cx, cy, r }, stopList(stops)))
      return `url(#${id})`
    },
    stroke(extra = {}) {
      return { stroke: ink, "stroke-width": SW, "stroke-linejoin": "round", "stroke-linecap": "round", ...extra }
    },
  }
}

/** Horizontal shading for round things seen from the side (cakes, cups). */
const sideShade = (c: Ctx) =>
  c.linear([
    [0, "#000", 0.2],
    [0.22, "#000", 0.02],
    [0.45, "#fff", 0.12],
    [0.75, "#000", 0.04],
    [1, "#000", 0.26],
  ])

/** Soft highlight fill for a colour (light top-left, darker rim). */
const rounded = (c: Ctx, colour: string, light = 0.28, dark = 0.14) =>
  c.radial([
    [0, lighten(colour, light)],
    [0.55, colour],
    [1, darken(colour, dark)],
  ])

const shine = (x: number, y: number, rx: number, ry: number, rot = -20, opacity = 0.45) =>
  el("ellipse", { cx: x, cy: y, rx, ry, fill: "#fff", opacity, transform: `rotate(${f(rot)} ${f(x)} ${f(y)})` })

// ---------------------------------------------------------------- small decorations

function sprinkle(c: Ctx, [x, y]: Pt, colours: readonly string[], scale = 1): string {
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

function berry(c: Ctx, [x, y]: Pt, radius: number, colour: string): string {
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

function flame(x: number, y: number, s = 1): string {
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
function candle(c: Ctx, x: number, baseY: number, height: number, body: string, stripe: string, width = 16): string {
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

// ---------------------------------------------------------------- background & plate

function background(c: Ctx): string {
  const parts: string[] = []
  parts.push(
    el("rect", {
      width: VIEW,
      height: VIEW,
      fill: c.radial(
        [
          [0, lighten(c.bg, 0.55)],
          [0.6, c.bg],
          [1, darken(c.bg, 0.05)],
        ],
        0.5,
        0.45,
        0.75,
      ),
    }),
  )
  // A soft halo behind the product.
  parts.push(el("circle", { cx: 400, cy: 420, r: 318, fill: lighten(c.bg, 0.45), opacity: 0.75 }))
  parts.push(el("circle", { cx: 400, cy: 420, r: 318, fill: "none", stroke: "#fff", "stroke-width": 6, opacity: 0.5, "stroke-dasharray": "2 18", "stroke-linecap": "round" }))
  // Confetti motifs around the edge, placed on a jittered ring so they never crowd the product.
  const motif = darken(c.bg, 0.16)
  const count = 16
  const start = c.r.next() * Math.PI * 2
  for (let i = 0; i < count; i++) {
    const a = start + (i / count) * Math.PI * 2 + c.r.range(-0.12, 0.12)
    const d = c.r.range(355, 390)
    const x = 400 + Math.cos(a) * d
    const y = 420 + Math.sin(a) * d
    if (x < 24 || x > 776 || y < 24 || y > 776) continue
    const kind = c.r.int(0, 3)
    const s = c.r.range(0.8, 1.3)
    if (kind === 0) parts.push(el("circle", { cx: x, cy: y, r: 7 * s, fill: motif, opacity: 0.6 }))
    else if (kind === 1) parts.push(el("circle", { cx: x, cy: y, r: 8 * s, fill: "none", stroke: motif, "stroke-width": 3.5, opacity: 0.6 }))
    else if (kind === 2)
      parts.push(
        el("path", {
          d: `M${f(x)},${f(y - 13 * s)} Q${f(x + 2.5 * s)},${f(y - 2.5 * s)} ${f(x + 13 * s)},${f(y)} Q${f(x + 2.5 * s)},${f(y + 2.5 * s)} ${f(x)},${f(y + 13 * s)} Q${f(x - 2.5 * s)},${f(y + 2.5 * s)} ${f(x - 13 * s)},${f(y)} Q${f(x - 2.5 * s)},${f(y - 2.5 * s)} ${f(x)},${f(y - 13 * s)}Z`,
          fill: motif,
          opacity: 0.55,
        }),
      )
    else parts.push(el("rect", { x: x - 9 * s, y: y - 3 * s, width: 18 * s, height: 6 * s, rx: 3 * s, fill: motif, opacity: 0.55, transform: `rotate(${f(c.r.range(0, 180))} ${f(x)} ${f(y)})` }))
  }
  return g(parts)
}

function plate(c: Ctx, cy = 600, rx = 300, ry = 74): string {
  const rim = mix("#ffffff", c.bg, 0.35)
  return g([
    el("ellipse", { cx: 400, cy: cy + 16, rx: rx + 26, ry: ry + 20, fill: shadowFill(c, darken(c.bg, 0.3), 0.3) }),
    el("ellipse", { cx: 400, cy: cy + 7, rx, ry, fill: darken(rim, 0.1) }),
    el("ellipse", { cx: 400, cy, rx, ry, fill: "#fffdf9", stroke: darken(rim, 0.18), "stroke-width": 3 }),
    el("ellipse", { cx: 400, cy: cy + 4, rx: rx * 0.74, ry: ry * 0.7, fill: rim, opacity: 0.8 }),
  ])
}

/** Soft contact shadow under a product on the plate. */
const contact = (c: Ctx, cx: number, cy: number, rx: number, ry: number) =>
  el("ellipse", { cx, cy, rx: rx + 18, ry: ry + 14, fill: shadowFill(c, darken(c.bg, 0.45), 0.32) })

/**
 * A soft-edged shadow: a radial gradient fading to transparent. (Much cheaper
 * for librsvg than a Gaussian blur filter, and looks the same here.)
 */
function shadowFill(c: Ctx, colour: string, opacity: number): string {
  return c.radial(
    [
      [0, colour, opacity],
      [0.6, colour, opacity * 0.8],
      [1, colour, 0],
    ],
    0.5,
    0.5,
    0.5,
  )
}

// ---------------------------------------------------------------- shapes

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

/** Items on a ring around an elliptical top, back ones first. */
function ring(c: Ctx, cx: number, cy: number, rx: number, ry: number, n: number, draw: (p: Pt) => string): string[] {
  const start = c.r.next() * Math.PI
  const points = Array.from({ length: n }, (_, k) => {
    const a = start + (k / n) * Math.PI * 2
    return [cx + Math.cos(a) * rx * 0.76, cy + Math.sin(a) * ry * 0.62] as Pt
  }).sort((a, b) => a[1] - b[1])
  return points.map(draw)
}

function rosette(c: Ctx, [x, y]: Pt, s: number, dot = true): string {
  const cream = lighten(c.accent, 0.12)
  return g([
    el("circle", { cx: x, cy: y, r: s, fill: cream, ...c.stroke({ "stroke-width": 3 }) }),
    el("path", { d: `M${f(x - s * 0.55)},${f(y)} a${f(s * 0.55)},${f(s * 0.5)} 0 1 1 ${f(s * 0.55)},${f(s * 0.5)}`, fill: "none", stroke: darken(cream, 0.18), "stroke-width": 3, "stroke-linecap": "round" }),
    dot ? el("circle", { cx: x + 2, cy: y - s * 0.55, r: s * 0.34, fill: c.deco, ...c.stroke({ "stroke-width": 2.5 }) }) : "",
  ])
}

function flower(c: Ctx, [x, y]: Pt, s: number): string {
  const petals = Array.from({ length: 5 }, (_, k) => {
    const a = (k / 5) * Math.PI * 2 - Math.PI / 2
    return el("ellipse", { cx: x + Math.cos(a) * s * 0.55, cy: y + Math.sin(a) * s * 0.45, rx: s * 0.5, ry: s * 0.4, fill: c.deco, transform: `rotate(${f((a * 180) / Math.PI)} ${f(x + Math.cos(a) * s * 0.55)} ${f(y + Math.sin(a) * s * 0.45)})` })
  })
  return g([...petals, el("circle", { cx: x, cy: y, r: s * 0.28, fill: "#ffd166", ...c.stroke({ "stroke-width": 2 }) })])
}

/** A wobbly band of icing over the front edge of a round top, with drips. */
function drips(c: Ctx, cx: number, cy: number, rx: number, ry: number, fill: string, maxDrip: number, band = 14): string {
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

function layerCake(c: Ctx): string {
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

function cupcake(c: Ctx): string {
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

function cookie(c: Ctx): string {
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

function heart(x: number, y: number, s: number, fill: string, c: Ctx): string {
  return el("path", {
    d: `M${f(x)},${f(y + s * 0.9)} C${f(x - s * 1.4)},${f(y)} ${f(x - s * 0.8)},${f(y - s * 1.1)} ${f(x)},${f(y - s * 0.4)} C${f(x + s * 0.8)},${f(y - s * 1.1)} ${f(x + s * 1.4)},${f(y)} ${f(x)},${f(y + s * 0.9)}Z`,
    fill,
    ...c.stroke({ "stroke-width": 3 }),
  })
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

function bar(c: Ctx): string {
  const out: string[] = [plate(c)]
  if (c.has("eclair")) {
    out.push(contact(c, 400, 585, 250, 40))
    for (const [dx, dy] of [
      [-40, -70],
      [30, 10],
    ]) {
      const x1 = 190 + dx
      const x2 = 610 + dx
      const y = 505 + dy
      out.push(el("rect", { x: x1, y: y - 55, width: x2 - x1, height: 110, rx: 55, fill: rounded(c, c.main, 0.2, 0.2), ...c.stroke() }))
      out.push(el("path", { d: smooth(blobPoints(c.r, (x1 + x2) / 2, y - 30, (x2 - x1) / 2 - 14, 34, 18, 0.03)), fill: c.accent, ...c.stroke({ "stroke-width": 4 }) }))
      out.push(shine(x1 + 90, y - 42, 55, 8, -3, 0.4))
      for (let i = 0; i < 6; i++) out.push(el("path", { d: `M${f(x1 + 70 + i * 48)},${f(y - 32)} l26,-10`, stroke: c.deco, "stroke-width": 5, "stroke-linecap": "round" }))
    }
    return g(out)
  }
  out.push(contact(c, 420, 585, 270, 48))
  const slabs = [
    { x: 160, y: 400, w: 230, h: 88 },
    { x: 330, y: 468, w: 250, h: 92 },
  ]
  const dx = 92
  const dy = -58
  for (const s of slabs) out.push(...slab(c, s.x, s.y, s.w, s.h, dx, dy))
  return g(out)
}

/** An isometric square of traybake: front, side and top faces, with layers. */
function slab(c: Ctx, x: number, y: number, w: number, h: number, dx: number, dy: number): string[] {
  const topLayer = c.has("millionaires", "lemon", "smores", "cheesecake", "raspberry", "magic", "pecan", "peppermint") ? 0.42 : 0.18
  const split = y + h * topLayer
  const out: string[] = []
  const front = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]] as const
  const side = [[x + w, y], [x + w + dx, y + dy], [x + w + dx, y + dy + h], [x + w, y + h]] as const
  const topFace = [[x, y], [x + w, y], [x + w + dx, y + dy], [x + dx, y + dy]] as const
  out.push(el("path", { d: poly(front), fill: c.main }))
  out.push(el("path", { d: poly([[x, y], [x + w, y], [x + w, split], [x, split]]), fill: darken(c.accent, 0.05) }))
  out.push(el("path", { d: poly(side), fill: darken(c.main, 0.22) }))
  out.push(el("path", { d: poly([[x + w, y], [x + w + dx, y + dy], [x + w + dx, split + dy], [x + w, split]]), fill: darken(c.accent, 0.25) }))
  out.push(el("path", { d: poly(topFace), fill: rounded(c, c.accent, 0.2, 0.05) }))
  for (const face of [front, side, topFace]) out.push(el("path", { d: poly(face), fill: "none", ...c.stroke() }))
  // Crumb texture on the front.
  for (let i = 0; i < 10; i++) {
    const px = x + c.r.range(12, w - 12)
    const py = c.r.range(split + 10, y + h - 10)
    out.push(el("circle", { cx: px, cy: py, r: c.r.range(2, 4), fill: darken(c.main, 0.25), opacity: 0.7 }))
  }
  // Top decoration, kept inside the top face (u along width, v along depth).
  const onTop = (u: number, v: number): Pt => [x + u * w + v * dx, y + v * dy]
  if (c.has("swirl", "raspberry", "cheesecake", "peanut", "salted", "caramel", "smores", "rocky")) {
    for (let i = 0; i < 5; i++) {
      const [px, py] = onTop(c.r.range(0.15, 0.85), c.r.range(0.2, 0.8))
      out.push(el("path", { d: smooth(blobPoints(c.r, px, py, c.r.range(14, 24), c.r.range(6, 10), 8, 0.2)), fill: c.deco, opacity: 0.95 }))
    }
  } else if (c.has("lemon", "peppermint", "magic", "flapjack")) {
    for (let i = 0; i < 40; i++) {
      const [px, py] = onTop(c.r.range(0.05, 0.95), c.r.range(0.1, 0.9))
      out.push(el("circle", { cx: px, cy: py, r: c.r.range(2, 5), fill: c.deco, opacity: 0.9 }))
    }
  } else {
    // Crackly brownie top with a drizzle or nuts.
    for (let i = 0; i < 4; i++) {
      const [px, py] = onTop(c.r.range(0.15, 0.75), c.r.range(0.25, 0.75))
      out.push(el("path", { d: `M${f(px)},${f(py)} l${f(c.r.range(20, 40))},${f(c.r.range(-8, 8))}`, stroke: lighten(c.accent, 0.18), "stroke-width": 4, "stroke-linecap": "round" }))
    }
    const zig: Pt[] = []
    for (let k = 0; k <= 8; k++) zig.push(onTop(0.08 + k * 0.105, k % 2 ? 0.25 : 0.75))
    out.push(el("path", { d: smooth(zig, false), fill: "none", stroke: c.deco, "stroke-width": 5, "stroke-linecap": "round" }))
  }
  if (c.has("walnut", "pecan", "rocky", "almond")) {
    for (let i = 0; i < 5; i++) {
      const [px, py] = onTop(c.r.range(0.15, 0.85), c.r.range(0.2, 0.8))
      out.push(el("path", { d: smooth(blobPoints(c.r, px, py, 11, 8, 6, 0.3)), fill: mix(c.deco, "#b07a45", 0.5), ...c.stroke({ "stroke-width": 2 }) }))
    }
  }
  return out
}

function loaf(c: Ctx): string {
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

function drizzleAcross(c: Ctx, x1: number, y1: number, x2: number, y2: number, n: number): string {
  const pts: Pt[] = []
  for (let k = 0; k <= n; k++) {
    const t = k / n
    pts.push([x1 + (x2 - x1) * t + c.r.range(-6, 6), y1 + (y2 - y1) * t + (k % 2 ? -26 : 26)])
  }
  return smooth(pts, false)
}

function croissant(c: Ctx): string {
  const out: string[] = [plate(c), contact(c, 400, 575, 260, 44)]
  const segs = [
    { x: 168, y: 515, rx: 46, ry: 30, rot: -38 },
    { x: 632, y: 515, rx: 46, ry: 30, rot: 38 },
    { x: 232, y: 478, rx: 70, ry: 52, rot: -30 },
    { x: 568, y: 478, rx: 70, ry: 52, rot: 30 },
    { x: 308, y: 448, rx: 90, ry: 74, rot: -14 },
    { x: 492, y: 448, rx: 90, ry: 74, rot: 14 },
    { x: 400, y: 432, rx: 104, ry: 90, rot: 0 },
  ]
  const fill = c.radial(
    [
      [0, lighten(c.main, 0.42)],
      [0.55, lighten(c.main, 0.05)],
      [1, darken(c.main, 0.22)],
    ],
    0.4,
    0.3,
    0.8,
  )
  for (const s of segs) {
    const t = `rotate(${s.rot} ${s.x} ${s.y})`
    out.push(el("ellipse", { cx: s.x, cy: s.y, rx: s.rx, ry: s.ry, fill, ...c.stroke(), transform: t }))
    out.push(shine(s.x - s.rx * 0.3, s.y - s.ry * 0.45, s.rx * 0.3, s.ry * 0.12, s.rot - 10, 0.4))
  }
  if (c.has("chocolat")) {
    out.push(el("path", { d: drizzleAcross(c, 210, 470, 590, 470, 9), fill: "none", stroke: c.accent, "stroke-width": 9, "stroke-linecap": "round" }))
  } else if (c.has("almond")) {
    for (let i = 0; i < 16; i++) {
      const [x, y] = inEllipse(c.r, 400, 420, 200, 60)
      out.push(el("ellipse", { cx: x, cy: y, rx: 11, ry: 6, fill: c.accent, ...c.stroke({ "stroke-width": 2 }), transform: `rotate(${f(c.r.range(-40, 40))} ${f(x)} ${f(y)})` }))
    }
    for (let i = 0; i < 80; i++) {
      const [x, y] = inEllipse(c.r, 400, 430, 230, 70)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(1.5, 3.2), fill: c.deco, opacity: 0.9 }))
    }
  } else if (c.has("ham", "spinach")) {
    for (let i = 0; i < 8; i++) {
      const [x, y] = inEllipse(c.r, 400, 440, 170, 50)
      out.push(el("path", { d: smooth(blobPoints(c.r, x, y, 14, 9, 7, 0.25)), fill: c.accent, ...c.stroke({ "stroke-width": 2.5 }) }))
    }
    if (c.has("spinach")) for (let i = 0; i < 30; i++) {
      const [x, y] = inEllipse(c.r, 400, 430, 200, 60)
      out.push(el("circle", { cx: x, cy: y, r: 2.2, fill: "#2e2a28" }))
    }
  } else if (c.has("cardamom", "kouign")) {
    for (let i = 0; i < 36; i++) {
      const [x, y] = inEllipse(c.r, 400, 430, 210, 65)
      out.push(el("circle", { cx: x, cy: y, r: c.r.range(2.5, 4.5), fill: c.deco, ...c.stroke({ "stroke-width": 1.5 }) }))
    }
    if (c.has("kouign")) out.push(el("path", { d: drizzleAcross(c, 230, 450, 570, 450, 6), fill: "none", stroke: c.accent, "stroke-width": 7, "stroke-linecap": "round", opacity: 0.9 }))
  }
  return g(out)
}

function pie(c: Ctx): string {
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

function cheesecake(c: Ctx): string {
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
      const backY = cy0(top, ry, x, cx, rx + 22)
      paper.push([x, backY - (k % 2 ? 58 : 34) - c.r.range(0, 10)])
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

function cup(c: Ctx): string {
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

function candleArt(c: Ctx): string {
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

function card(c: Ctx): string {
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

const SHAPES: Record<SeedProduct["art"]["shape"], (c: Ctx) => string> = {
  "layer-cake": layerCake,
  cupcake,
  cookie,
  bar,
  loaf,
  croissant,
  pie,
  cheesecake,
  cup,
  candle: candleArt,
  card,
}

// ---------------------------------------------------------------- public API

/** The product's illustration as a standalone 800×800 SVG document. */
export function renderProductArtSvg(product: ArtSubject, size = VIEW): string {
  const c = makeCtx(product)
  const bg = background(c)
  const body = SHAPES[product.art.shape](c)
  const defs = c.defs.join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${VIEW} ${VIEW}"><defs>${defs}</defs>${bg}${body}</svg>`
}

/** The product's illustration as a square WebP (quality 80), `size` pixels wide. */
export async function renderProductArt(product: ArtSubject, size = VIEW): Promise<Buffer> {
  const svg = renderProductArtSvg(product, size)
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer()
}
