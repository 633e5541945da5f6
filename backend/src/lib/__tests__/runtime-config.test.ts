import { execFileSync } from "node:child_process"
import path from "node:path"
import { productionConfigProblem, sessionCookieOptions, workerMode } from "../runtime-config"

const safe = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://shop@db:5432/shop",
  JWT_SECRET: "b1946ac92492d2347c6235b4d2611184",
  COOKIE_SECRET: "591785b794601e212b260e25925636fd",
  ORDER_LINK_SECRET: "0cc175b9c0f1b6a831c399e269772661",
  STOREFRONT_PROXY_SECRET: "92eb5ffee6ae2fec3ad71c777531578f",
  SMTP_URL: "smtp://mail.sweetcrumbs.example:587",
  STOREFRONT_URL: "https://shop.sweetcrumbs.example",
}

const backendDir = path.resolve(__dirname, "../../..")

/** Loads the real medusa-config.ts in a child process and returns its projectConfig.cookieOptions. */
function configuredCookieOptions(env: Record<string, string>) {
  const output = execFileSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "-e", "process.stdout.write(JSON.stringify(require('./medusa-config.ts').projectConfig.cookieOptions))"],
    { cwd: backendDir, env: { ...process.env, ...env, TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}' }, stdio: "pipe" }
  )
  return JSON.parse(String(output))
}

describe("admin session cookie", () => {
  it("is not Secure on a plain-http public URL, so npm start's admin can sign in", () => {
    expect(sessionCookieOptions("http://localhost:9000")).toEqual({ secure: false, sameSite: "lax", httpOnly: true })
  })

  it("is Secure on an https public URL", () => {
    expect(sessionCookieOptions("https://admin.sweetcrumbs.example")).toEqual({ secure: true, sameSite: "lax", httpOnly: true })
  })

  it("follows MEDUSA_BACKEND_URL in the real config, whatever NODE_ENV says", () => {
    expect(configuredCookieOptions({ ...safe, MEDUSA_BACKEND_URL: "http://localhost:9000" })).toMatchObject({ secure: false, sameSite: "lax" })
    expect(configuredCookieOptions({ ...safe, MEDUSA_BACKEND_URL: "https://shop.example" })).toMatchObject({ secure: true, sameSite: "lax" })
  })
})

describe("production guard", () => {
  it("accepts a production environment with real secrets", () => {
    expect(productionConfigProblem(safe)).toBeNull()
  })

  it("ignores defaults in development and test only", () => {
    expect(productionConfigProblem({ NODE_ENV: "development" })).toBeNull()
    expect(productionConfigProblem({ NODE_ENV: "test" })).toBeNull()
    expect(productionConfigProblem({})).toBeNull()
  })

  it("holds staging (or any other NODE_ENV) to the production rules", () => {
    expect(productionConfigProblem({ ...safe, NODE_ENV: "staging", COOKIE_SECRET: "supersecret" })).toMatch(/COOKIE_SECRET is a known default/)
    expect(productionConfigProblem({ ...safe, NODE_ENV: "staging" })).toBeNull()
  })

  it("lets npm start's local production shop write mail to files and link to localhost, by explicit opt-in", () => {
    const local = { ...safe, SMTP_URL: undefined, STOREFRONT_URL: "http://localhost:4321" }
    expect(productionConfigProblem(local)).toMatch(/SMTP_URL is not set/)
    expect(productionConfigProblem({ ...local, MAIL_TO_FILES: "true" })).toMatch(/STOREFRONT_URL points at this machine/)
    expect(productionConfigProblem({ ...local, MAIL_TO_FILES: "true", SWEET_CRUMBS_LOCAL: "true" })).toBeNull()
  })

  it.each([
    ["DATABASE_URL", { DATABASE_URL: undefined }, /DATABASE_URL is not set/],
    ["a missing JWT_SECRET", { JWT_SECRET: undefined }, /JWT_SECRET is not set/],
    ["the template's JWT_SECRET", { JWT_SECRET: "supersecret" }, /JWT_SECRET is a known default/],
    ["a missing COOKIE_SECRET", { COOKIE_SECRET: undefined }, /COOKIE_SECRET is not set/],
    ["a short COOKIE_SECRET", { COOKIE_SECRET: "abc123" }, /COOKIE_SECRET is a known default or shorter/],
    ["Stripe without its webhook secret", { STRIPE_API_KEY: "sk_live_x" }, /STRIPE_WEBHOOK_SECRET is not/],
    ["a missing ORDER_LINK_SECRET", { ORDER_LINK_SECRET: undefined }, /ORDER_LINK_SECRET is not set/],
    ["a missing STOREFRONT_PROXY_SECRET", { STOREFRONT_PROXY_SECRET: undefined }, /STOREFRONT_PROXY_SECRET is not set/],
    ["no SMTP_URL and no MAIL_TO_FILES", { SMTP_URL: undefined }, /SMTP_URL is not set/],
    ["MAIL_TO_FILES other than true", { SMTP_URL: undefined, MAIL_TO_FILES: "yes" }, /SMTP_URL is not set/],
    ["a localhost STOREFRONT_URL", { STOREFRONT_URL: "http://localhost:4321" }, /STOREFRONT_URL points at this machine/],
    ["a 127.0.0.1 STOREFRONT_URL", { STOREFRONT_URL: "http://127.0.0.1:4321" }, /STOREFRONT_URL points at this machine/],
    ["an unset STOREFRONT_URL (defaults to localhost)", { STOREFRONT_URL: undefined }, /STOREFRONT_URL points at this machine/],
    ["a STOREFRONT_URL that is not a URL", { STOREFRONT_URL: "shop.example" }, /is not a URL/],
  ])("refuses %s", (_, override, message) => {
    expect(productionConfigProblem({ ...safe, ...override })).toMatch(message)
  })

  it("stops the real config with one clear line and a non-zero exit", () => {
    let failure: { status: number; stderr: string } | undefined
    try {
      execFileSync(
        process.execPath,
        ["-r", "ts-node/register/transpile-only", "-e", "require('./medusa-config.ts')"],
        {
          cwd: backendDir,
          env: { ...process.env, ...safe, JWT_SECRET: "supersecret", TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}' },
          stdio: "pipe",
        }
      )
    } catch (error: any) {
      failure = { status: error.status, stderr: String(error.stderr) }
    }
    expect(failure?.status).toBe(1)
    expect(failure?.stderr.trim()).toBe(
      "Sweet Crumbs backend refuses to start: JWT_SECRET is a known default or shorter than 16 characters; generate one with `openssl rand -hex 32`."
    )
  })
})

describe("worker mode", () => {
  it("defaults to shared and accepts server and worker", () => {
    expect(workerMode({})).toBe("shared")
    expect(workerMode({ MEDUSA_WORKER_MODE: "worker" })).toBe("worker")
  })

  it("rejects anything else", () => {
    expect(() => workerMode({ MEDUSA_WORKER_MODE: "both" })).toThrow(/must be "shared", "server" or "worker"/)
  })
})
