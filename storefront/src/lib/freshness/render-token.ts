import { randomBytes, timingSafeEqual } from "node:crypto"

/**
 * A secret made fresh in each server process. The internal render route only answers requests
 * carrying it, and only this process's refresher knows it.
 */
const token = randomBytes(24).toString("base64url")

export const RENDER_TOKEN_HEADER = "x-sweet-crumbs-render"

export function renderToken(): string {
  return token
}

export function isRenderRequest(headers: Headers): boolean {
  const given = Buffer.from(headers.get(RENDER_TOKEN_HEADER) ?? "")
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
