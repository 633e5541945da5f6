/** Building SVG markup as strings, with short and stable number formatting. */

export const VIEW = 800

/** Short, stable number formatting (1 decimal, no "-0"). */
export function f(n: number): string {
  const r = Math.round(n * 10) / 10
  return Object.is(r, -0) ? "0" : String(r)
}

export type Attrs = Record<string, string | number | undefined>
function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${typeof v === "number" ? f(v) : v}"`)
    .join(" ")
}
export const el = (tag: string, a: Attrs, inner?: string) => (inner === undefined ? `<${tag} ${attrs(a)}/>` : `<${tag} ${attrs(a)}>${inner}</${tag}>`)
export const g = (inner: string[], a: Attrs = {}) => el("g", a, inner.join(""))

export type Pt = readonly [number, number]
export const pt = ([x, y]: Pt) => `${f(x)},${f(y)}`
export const poly = (pts: readonly Pt[]) => "M" + pts.map(pt).join("L") + "Z"

/** Smooth closed curve through the points (Catmull-Rom → cubic Bézier). */
export function smooth(pts: readonly Pt[], closed = true): string {
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
