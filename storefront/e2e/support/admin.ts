import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { BACKEND_URL } from "./browser"

export interface AdminLogin {
  email: string
  password: string
}

/** The login `npm start` printed ("Login  maya@… / …"), as a newcomer would copy it. */
export function printedLogin(output: string): AdminLogin | null {
  const match = output.match(/^\s*Login\s+(\S+@\S+) \/ (\S+)\s*$/m)
  return match ? { email: match[1]!, password: match[2]! } : null
}

/** Maya's admin login, as `npm start` keeps it in its data dir (or MAYA_EMAIL / MAYA_PASSWORD). */
export function storedLogin(): AdminLogin | null {
  if (process.env.MAYA_EMAIL && process.env.MAYA_PASSWORD) return { email: process.env.MAYA_EMAIL, password: process.env.MAYA_PASSWORD }
  const file = path.join(process.env.SWEET_CRUMBS_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../.data"), "admin-login.json")
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as AdminLogin) : null
}

/** Calls the admin API with a bearer token, failing loudly on a non-2xx answer. */
export async function adminApi<T>(token: string, route: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${BACKEND_URL}${route}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${route} → ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** A bearer token for scripted admin calls. */
export async function adminToken(login: AdminLogin): Promise<string> {
  const response = await fetch(`${BACKEND_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(login),
  })
  if (!response.ok) throw new Error(`admin sign-in → ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** Fills Medusa's admin sign-in form at /app and submits it. */
export async function submitAdminLogin(page: Page, login: AdminLogin): Promise<void> {
  await page.goto(`${BACKEND_URL}/app/login`)
  await page.fill("input[name=email]", login.email)
  await page.fill("input[name=password]", login.password)
  await page.click("button[type=submit]:has-text('Continue with Email')")
}
