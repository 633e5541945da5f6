/** Colour maths on "#rrggbb" strings, and the party palette for sprinkles and confetti. */

type RGB = [number, number, number]
const toRgb = (hex: string): RGB => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as RGB
const toHex = (c: RGB) => "#" + c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0")).join("")
export function mix(a: string, b: string, t: number): string {
  const x = toRgb(a)
  const y = toRgb(b)
  return toHex([0, 1, 2].map((i) => x[i] + (y[i] - x[i]) * t) as RGB)
}
export const lighten = (c: string, t: number) => mix(c, "#ffffff", t)
export const darken = (c: string, t: number) => mix(c, "#000000", t)
export function luminance(c: string): number {
  const [r, g, b] = toRgb(c)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}
/** A colour visible against `on`: darker on light colours, lighter on dark ones. */
export const contrast = (c: string, on: string, t = 0.25) => (luminance(on) > 0.55 ? darken(c, t) : lighten(c, t))

export const PARTY = ["#ff6fa3", "#ffd166", "#4cc9f0", "#7bd389", "#b388eb", "#ff9f5a"]
