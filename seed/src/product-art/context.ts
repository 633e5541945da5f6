/**
 * The drawing context every shape receives: the product's colours, its
 * seeded random generator, handle words, and gradients collected into <defs>.
 */
import type { CategoryHandle, SeedProduct } from "../catalog-schema"
import { darken, lighten, mix } from "./colour"
import { fnv1a, Rand } from "./random"
import { el, type Attrs } from "./svg"

/** What the renderer needs from a product. A full SeedProduct fits. */
export type ArtSubject = Pick<SeedProduct, "handle" | "category" | "art">

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

export interface Ctx {
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

export function makeCtx(subject: ArtSubject): Ctx {
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
export const sideShade = (c: Ctx) =>
  c.linear([
    [0, "#000", 0.2],
    [0.22, "#000", 0.02],
    [0.45, "#fff", 0.12],
    [0.75, "#000", 0.04],
    [1, "#000", 0.26],
  ])

/** Soft highlight fill for a colour (light top-left, darker rim). */
export const rounded = (c: Ctx, colour: string, light = 0.28, dark = 0.14) =>
  c.radial([
    [0, lighten(colour, light)],
    [0.55, colour],
    [1, darken(colour, dark)],
  ])
