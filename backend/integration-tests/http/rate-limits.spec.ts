import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { createShopFixture } from "../fixtures/shop"

// The storefront's secret: with it, a request may name the visitor's address.
const PROXY_SECRET = "rate-limit-spec-proxy-secret"
process.env.STOREFRONT_PROXY_SECRET = PROXY_SECRET

const MAYA = { email: "maya@sweetcrumbs.test", password: "flour-and-butter-1" }
const SIGN_IN_SENTENCE = /^Too many sign-in attempts\. Please wait (a minute|\d+ seconds) and try again\.$/

/** Headers of a call the storefront makes for a visitor at `ip`. */
const visitor = (ip: string, extra: Record<string, string> = {}) => ({
  "x-sweet-crumbs-client-ip": ip,
  "x-sweet-crumbs-proxy-secret": PROXY_SECRET,
  ...extra,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>

    /** Any answer, 2xx or not, as { status, headers, data }. */
    const send = (method: "get" | "post", url: string, body: object | undefined, headers: Record<string, string> = {}) =>
      api.request({ method, url, data: body, headers, validateStatus: () => true })

    const signIn = (actor: "user" | "customer", email: string, password: string, headers: Record<string, string> = {}) =>
      send("post", `/auth/${actor}/emailpass`, { email, password }, headers)

    async function registerCustomer(email: string, password: string, ip: string) {
      const { data } = await send("post", "/auth/customer/emailpass/register", { email, password }, visitor(ip))
      await api.post("/store/customers", { email }, { headers: { ...store, ...visitor(ip), authorization: `Bearer ${data.token}` } })
    }

    beforeAll(async () => {
      const container = getContainer()
      const shop = await createShopFixture(container)
      store = { "x-publishable-api-key": shop.publishable_key }
      const user = await container.resolve(Modules.USER).createUsers({ email: MAYA.email })
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: MAYA } as any)
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
    })

    describe("sign-in", () => {
      it("answers the 6th wrong password for Maya's account with 429, Retry-After and a sentence, even from elsewhere", async () => {
        for (let i = 1; i <= 5; i++) {
          expect((await signIn("user", MAYA.email, `guess-${i}`, visitor("203.0.113.10"))).status).toBe(401)
        }
        const sixth = await signIn("user", MAYA.email, "guess-6", visitor("203.0.113.10"))
        expect(sixth.status).toBe(429)
        const retryAfter = Number(sixth.headers["retry-after"])
        expect(retryAfter).toBeGreaterThanOrEqual(1)
        expect(retryAfter).toBeLessThanOrEqual(60)
        expect(sixth.data).toEqual({ type: "not_allowed", message: expect.stringMatching(SIGN_IN_SENTENCE) })

        // Locked means locked: the right password, another spelling, another address.
        expect((await signIn("user", MAYA.email, MAYA.password, visitor("203.0.113.10"))).status).toBe(429)
        expect((await signIn("user", "  MAYA@SweetCrumbs.test ", "guess-7", visitor("203.0.113.11"))).status).toBe(429)
        // Other accounts are not: another admin email from the same address is still checked.
        expect((await signIn("user", "someone@sweetcrumbs.test", "guess", visitor("203.0.113.10"))).status).toBe(401)
        // A customer account of the same email is a different account.
        expect((await signIn("customer", MAYA.email, "guess", visitor("203.0.113.10"))).status).toBe(401)
      })

      it("clears an account's failures when it signs in", async () => {
        await registerCustomer("jane@example.com", "crumbs-and-butter-42", "203.0.113.20")
        for (let i = 0; i < 4; i++) {
          expect((await signIn("customer", "jane@example.com", "wrong", visitor("203.0.113.20"))).status).toBe(401)
        }
        const success = await signIn("customer", "jane@example.com", "crumbs-and-butter-42", visitor("203.0.113.20"))
        expect(success.status).toBe(200)
        expect(success.data.token).toEqual(expect.any(String))
        // A fresh five, then the limit.
        for (let i = 0; i < 5; i++) {
          expect((await signIn("customer", "Jane@Example.com", "wrong", visitor("203.0.113.20"))).status).toBe(401)
        }
        expect((await signIn("customer", "jane@example.com", "wrong", visitor("203.0.113.20"))).status).toBe(429)
      })

      it("refuses the 21st failure from one address across many accounts, and only there", async () => {
        for (let i = 0; i < 20; i++) {
          expect((await signIn("customer", `spray-${i}@example.com`, "password1", visitor("203.0.113.30"))).status).toBe(401)
        }
        const refused = await signIn("customer", "spray-20@example.com", "password1", visitor("203.0.113.30"))
        expect(refused.status).toBe(429)
        expect(refused.data.message).toMatch(SIGN_IN_SENTENCE)
        expect((await signIn("customer", "spray-20@example.com", "password1", visitor("203.0.113.31"))).status).toBe(401)
      })

      it("believes a forwarded client address only with the storefront's secret", async () => {
        // From this test's own socket, naming a different address each time: without the
        // secret (or with a wrong one, or through X-Forwarded-For) they all count as one.
        for (let i = 0; i < 20; i++) {
          const forged: Record<string, string> =
            i % 3 === 0
              ? { "x-sweet-crumbs-client-ip": `198.51.100.${i}` }
              : i % 3 === 1
                ? { "x-sweet-crumbs-client-ip": `198.51.100.${i}`, "x-sweet-crumbs-proxy-secret": "guessed" }
                : { "x-forwarded-for": `198.51.100.${i}` }
          expect((await signIn("customer", `forger-${i}@example.com`, "password1", forged)).status).toBe(401)
        }
        expect((await signIn("customer", "forger-20@example.com", "password1", { "x-sweet-crumbs-client-ip": "198.51.100.99" })).status).toBe(429)
        expect((await signIn("customer", "forger-20@example.com", "password1")).status).toBe(429)
        // With the secret, the named address is the one counted: a fresh one is not limited.
        expect((await signIn("customer", "forger-20@example.com", "password1", visitor("198.51.100.99"))).status).toBe(401)
      })
    })

    describe("password reset", () => {
      async function emailsTo(email: string) {
        return getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email })
      }

      it("sends at most 3 reset emails an hour to one address, and answers unknown addresses the same way", async () => {
        await registerCustomer("forgetful@example.com", "first-password-1", "203.0.113.40")
        const ask = (identifier: string, ip: string) =>
          send("post", "/auth/customer/emailpass/reset-password", { identifier }, visitor(ip))

        const known: number[] = []
        const unknown: number[] = []
        for (let i = 0; i < 4; i++) {
          // A different address each time: the per-email limit alone is what stops the flood.
          known.push((await ask("forgetful@example.com", `203.0.113.${41 + i}`)).status)
          unknown.push((await ask("nobody-here@example.com", `203.0.113.${41 + i}`)).status)
        }
        expect(known).toEqual([201, 201, 201, 429])
        expect(unknown).toEqual(known)
        const refused = await ask("FORGETFUL@example.com", "203.0.113.49")
        expect(refused.status).toBe(429)
        expect(refused.headers["retry-after"]).toMatch(/^\d+$/)
        expect(refused.data.message).toMatch(/^Too many password reset requests\./)

        // The inbox got three emails, not five.
        for (let i = 0; i < 50 && (await emailsTo("forgetful@example.com")).length < 3; i++) {
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await emailsTo("forgetful@example.com")).toHaveLength(3)
        expect(await emailsTo("nobody-here@example.com")).toHaveLength(0)
      })

      it("refuses the 11th reset request from one address an hour, whatever the emails", async () => {
        for (let i = 0; i < 10; i++) {
          const { status } = await send("post", "/auth/customer/emailpass/reset-password", { identifier: `reset-${i}@example.com` }, visitor("203.0.113.50"))
          expect(status).toBe(201)
        }
        const refused = await send("post", "/auth/customer/emailpass/reset-password", { identifier: "reset-10@example.com" }, visitor("203.0.113.50"))
        expect(refused.status).toBe(429)
        // Admin resets are limited the same way.
        const admin = await send("post", "/auth/user/emailpass/reset-password", { identifier: MAYA.email }, visitor("203.0.113.50"))
        expect(admin.status).toBe(429)
      })
    })

    it("limits new accounts to 10 an hour from one address, for each of the two sign-up calls", async () => {
      for (let i = 0; i < 10; i++) {
        const { status } = await send("post", "/auth/customer/emailpass/register", { email: `new-${i}@example.com`, password: "crumbs-and-butter-42" }, visitor("203.0.113.60"))
        expect(status).toBe(200)
      }
      const refused = await send("post", "/auth/customer/emailpass/register", { email: "new-10@example.com", password: "crumbs-and-butter-42" }, visitor("203.0.113.60"))
      expect(refused.status).toBe(429)
      expect(refused.data.message).toMatch(/^Too many new accounts from your connection\./)
      // Nothing was registered for the refused one.
      const identities = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "new-10@example.com" })
      expect(identities).toEqual([])

      // Creating customers is counted on its own (unauthenticated attempts too).
      for (let i = 0; i < 10; i++) {
        expect((await send("post", "/store/customers", { email: `x-${i}@example.com` }, { ...store, ...visitor("203.0.113.61") })).status).toBe(401)
      }
      expect((await send("post", "/store/customers", { email: "x@example.com" }, { ...store, ...visitor("203.0.113.61") })).status).toBe(429)
    })

    it("limits order attempts per cart email and per address", async () => {
      const cartFor = async (email: string) =>
        (await api.post("/store/carts", { email }, { headers: { ...store, ...visitor("203.0.113.70") } })).data.cart.id as string
      const complete = (cartId: string, ip: string) => send("post", `/store/carts/${cartId}/complete`, {}, { ...store, ...visitor(ip) })

      // An empty cart cannot become an order, but every attempt counts.
      const first = await cartFor("bot@example.com")
      for (let i = 0; i < 10; i++) {
        expect((await complete(first, "203.0.113.71")).status).not.toBe(429)
      }
      const byEmail = await complete(first, "203.0.113.71")
      expect(byEmail.status).toBe(429)
      expect(byEmail.data.message).toMatch(/^Too many orders in a short time\./)
      expect((await complete(first, "203.0.113.72")).status).toBe(429)

      // The refusal took nothing from the address: 10 more attempts there, then its limit of 20.
      const second = await cartFor("other@example.com")
      for (let i = 0; i < 10; i++) {
        expect((await complete(second, "203.0.113.71")).status).not.toBe(429)
      }
      expect((await complete(await cartFor("third@example.com"), "203.0.113.71")).status).toBe(429)
      expect((await complete(await cartFor("fourth@example.com"), "203.0.113.73")).status).not.toBe(429)
    })

    it("lets one address write to carts 300 times a minute, then says to slow down", async () => {
      // Bodies Medusa's validator refuses: the limit counts before any cart work starts.
      const write = () => send("post", "/store/carts/cart_does_not_exist/line-items", { quantity: "lots" }, { ...store, ...visitor("203.0.113.80") })
      const statuses: number[] = []
      for (let batch = 0; batch < 15; batch++) {
        statuses.push(...(await Promise.all(Array.from({ length: 20 }, write))).map((r) => r.status))
      }
      expect(new Set(statuses)).toEqual(new Set([400]))
      const refused = await write()
      expect(refused.status).toBe(429)
      expect(refused.data.message).toMatch(/basket changes/)
      // Reading a cart is never limited.
      expect((await send("get", "/store/carts/cart_does_not_exist", undefined, { ...store, ...visitor("203.0.113.80") })).status).toBe(404)
    })
  },
})
