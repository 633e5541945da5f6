import type { AddressInfo } from "node:net"
import { createAdminHeaders } from "../fixtures/admin"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { SMTPServer } from "smtp-server"
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest"
import retryFailedEmailsJob from "../../src/jobs/retry-failed-emails"
import { placeOrder } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const SLOT_MINUTES = 30
const OPEN = [{ open: "08:00", close: "20:00" }]
const EVERY_DAY = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN }
const SHOP_EMAIL = "maya@sweetcrumbs.test"
const CUSTOMER_EMAIL = "jane@example.com"
const XSS = "<script>alert(1)</script>"
const ESCAPED_XSS = "&lt;script&gt;alert(1)&lt;/script&gt;"

type Email = { to: string[]; subject: string; html: string; text: string }

/** Decodes RFC 2047 words such as =?UTF-8?Q?New_order_=E2=80=94?= in headers. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding: string, word: string) =>
      encoding.toLowerCase() === "b"
        ? Buffer.from(word, "base64").toString("utf8")
        : decodeQuotedPrintable(word.replace(/_/g, " "))
    )
}

function decodeQuotedPrintable(body: string): string {
  const text = body.replace(/=\r?\n/g, "")
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3)
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(text[i], "utf8"))
    }
  }
  return Buffer.from(bytes).toString("utf8")
}

/** Just enough MIME to read nodemailer's multipart/alternative messages. */
function parseEmail(to: string[], raw: string): Email {
  const [head] = raw.split(/\r\n\r\n/)
  const headers = head.replace(/\r\n[ \t]+/g, " ")
  const subject = decodeHeader(/^Subject: (.*)$/im.exec(headers)?.[1] ?? "")
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1]
  const parts: Record<string, string> = {}
  for (const chunk of raw.split(`--${boundary}`).slice(1, -1)) {
    const split = chunk.indexOf("\r\n\r\n")
    const partHeaders = chunk.slice(0, split)
    const body = chunk.slice(split + 4).replace(/\r\n$/, "")
    const type = /Content-Type: ([^;\r\n]+)/i.exec(partHeaders)?.[1].toLowerCase() ?? ""
    const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(partHeaders)?.[1].toLowerCase()
    parts[type] =
      encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : encoding === "quoted-printable"
          ? decodeQuotedPrintable(body)
          : body
  }
  return { to, subject, html: parts["text/html"] ?? "", text: parts["text/plain"] ?? "" }
}

/** A real SMTP server in the test process; it can go down and come back on its port. */
class Inbox {
  emails: Email[] = []
  private server: SMTPServer | null = null
  port = 0

  get running(): boolean {
    return this.server !== null
  }

  async start(): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on("data", (chunk: Buffer) => chunks.push(chunk))
        stream.on("end", () => {
          const to = session.envelope.rcptTo.map((r) => r.address)
          this.emails.push(parseEmail(to, Buffer.concat(chunks).toString("utf8")))
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve))
    this.port = (this.server.server.address() as AddressInfo).port
    return this.port
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }

  /** Waits for an email to `to` whose subject matches. */
  async waitFor(to: string, subject: RegExp, timeoutMs = 20_000): Promise<Email> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const email = this.find(to, subject)[0]
      if (email) {
        return email
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`No email to ${to} matching ${subject}; got: ${this.emails.map((e) => `${e.to} "${e.subject}"`).join(", ")}`)
  }

  find(to: string, subject: RegExp): Email[] {
    return this.emails.filter((e) => e.to.includes(to) && subject.test(e.subject))
  }
}

const inbox = new Inbox()

// medusa-config.ts is read before the runner applies its `env` option, so the
// mailer's SMTP URL goes into process.env in a file-level hook, which vitest
// runs before the runner's own beforeAll boots the app.
beforeAll(async () => {
  process.env.SMTP_URL = `smtp://127.0.0.1:${await inbox.start()}`
})

afterAll(async () => {
  await inbox.stop()
  delete process.env.SMTP_URL
})

medusaIntegrationTestRunner({
  env: { SHOP_EMAIL },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let variants: Record<string, string>

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShopFixture(container)
      store = { headers: { "x-publishable-api-key": shop.publishable_key } }

      admin = await createAdminHeaders(container, SHOP_EMAIL)

      // Open every day, so the slot four days out is bookable whatever today is.
      await api.post("/admin/bakery/schedule", { timezone: ZONE, slot_minutes: SLOT_MINUTES, opening_hours: EVERY_DAY }, admin)

      const { data } = await api.get("/store/products?fields=handle,variants.id,variants.title&limit=50", store)
      variants = Object.fromEntries(
        data.products.map((p: any) => [p.handle, p.variants.find((v: any) => v.title === '8"')?.id ?? p.variants[0].id])
      )
    })

    beforeEach(async () => {
      inbox.emails = []
      if (!inbox.running) {
        await inbox.start()
      }
    })

    /** Checkout through the store API with a cake inscription, a note and a slot four days out. */
    async function checkout(type: "pickup" | "delivery" = "pickup") {
      const slot = {
        type,
        start: DateTime.now().setZone(ZONE).plus({ days: 4 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 }).toISO()!,
      }
      const order = await placeOrder(api, shop, {
        customer: { email: CUSTOMER_EMAIL, first_name: "Jane", last_name: "Baker", phone: "+1 718 555 0100" },
        items: [
          { variant_id: variants["chocolate-celebration-cake"], quantity: 1, inscription: XSS },
          { variant_id: variants["country-sourdough"], quantity: 2 },
        ],
        slot,
        note: `${XSS} No nuts, please`,
      })
      return { order, slot }
    }

    /** How the emails must show our 15:00–15:30 slot: the shop's local time and zone. */
    function slotText(start: string) {
      const local = DateTime.fromISO(start).setZone(ZONE).setLocale("en-US")
      return `${local.toFormat("cccc, LLLL d, yyyy")}, 3:00 PM – 3:30 PM ${local.toFormat("ZZZZ")}`
    }

    async function notificationsFor(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "notification",
        fields: ["id", "template", "status", "original_notification_id", "to"],
        filters: { resource_id: orderId },
      })
      return data
    }

    async function fulfillAll(orderId: string) {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, admin)
      const { data: fulfilled } = await api.post(
        `/admin/orders/${orderId}/fulfillments?fields=fulfillments.id`,
        {
          items: data.order.items.map((item: any) => ({ id: item.id, quantity: item.quantity })),
          location_id: shop.stock_location_id,
        },
        admin
      )
      return { items: data.order.items, fulfillmentId: fulfilled.order.fulfillments[0].id as string }
    }

    it("confirms the order to the customer with number, escaped inscription, note and slot", async () => {
      const { order, slot } = await checkout()

      const email = await inbox.waitFor(CUSTOMER_EMAIL, /is confirmed/)
      const when = slotText(slot.start)
      expect(email.to).toEqual([CUSTOMER_EMAIL])
      expect(email.subject).toBe(`Your Sweet Crumbs Bakery order #${order.display_id} is confirmed`)
      expect(email.html).toContain(`order #${order.display_id}`)
      expect(email.html).toContain(`${ESCAPED_XSS} No nuts, please`)
      expect(email.html).toContain(`Inscription: “${ESCAPED_XSS}”`)
      expect(email.html).not.toContain("<script")
      expect(email.html).toContain(when)
      expect(email.html).toContain("214 Maple Avenue")
      expect(email.html).toContain("Pay at pickup")
      expect(email.html).toContain("$52.00")
      expect(email.html).toContain(`/order/confirmed/${order.id}`)
      expect(email.text).toContain(`Inscription: "${XSS}"`)
      expect(email.text).toContain(`Pickup: ${when}`)

      // Its link carries a signed token that shows the order without signing in, and only this order.
      const link = new URL(new RegExp(`(http\\S+/order/confirmed/${order.id}\\?token=\\S+)`).exec(email.text)![1])
      const token = link.searchParams.get("token")!
      const byLink = await api.get(`/store/orders/${order.id}`, { headers: { ...store.headers, "x-order-token": token } })
      expect(byLink.data.order.email).toBe(CUSTOMER_EMAIL)
      const { status } = await api.get(`/store/orders/${order.id}`, { ...store, validateStatus: () => true })
      expect(status).toBe(404)

      // The Notification module marks the record sent just after the mail server accepted it.
      await expect
        .poll(async () => (await notificationsFor(order.id)).map((r: any) => `${r.template}:${r.status}`).sort())
        .toEqual(["new-order-alert:success", "order-confirmation:success"])
    })

    it("alerts Maya at SHOP_EMAIL about the new order", async () => {
      const { order, slot } = await checkout()

      const alert = await inbox.waitFor(SHOP_EMAIL, /^New order/)
      expect(alert.subject).toMatch(new RegExp(`^New order #${order.display_id} from Jane Baker — pickup `))
      expect(alert.html).toContain(CUSTOMER_EMAIL)
      expect(alert.html).toContain(ESCAPED_XSS)
      expect(alert.html).not.toContain("<script")
      expect(alert.text).toContain(slotText(slot.start))
      expect(inbox.find(CUSTOMER_EMAIL, /^New order/)).toEqual([])
    })

    it("tells the customer a pickup order is ready once Maya fulfills it", async () => {
      const { order } = await checkout()
      await inbox.waitFor(CUSTOMER_EMAIL, /is confirmed/)

      await fulfillAll(order.id)

      const ready = await inbox.waitFor(CUSTOMER_EMAIL, /ready for pickup/)
      expect(ready.subject).toBe(`Your order #${order.display_id} is ready for pickup`)
      expect(ready.html).toContain("214 Maple Avenue")
      expect(ready.text).toContain("you pay when you pick up")
    })

    it("sends a delivery order 'out for delivery' when shipped, not 'ready for pickup'", async () => {
      const { order } = await checkout("delivery")
      await inbox.waitFor(CUSTOMER_EMAIL, /is confirmed/)

      const { items, fulfillmentId } = await fulfillAll(order.id)
      await api.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
        { items: items.map((item: any) => ({ id: item.id, quantity: item.quantity })) },
        admin
      )

      const out = await inbox.waitFor(CUSTOMER_EMAIL, /out for delivery/)
      expect(out.text).toContain("77 Prospect Park West")
      expect(inbox.find(CUSTOMER_EMAIL, /ready for pickup/)).toEqual([])
    })

    it("tells the customer when Maya cancels the order", async () => {
      const { order } = await checkout()
      await inbox.waitFor(CUSTOMER_EMAIL, /is confirmed/)

      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)

      const canceled = await inbox.waitFor(CUSTOMER_EMAIL, /has been canceled/)
      expect(canceled.text).toContain("You have not been charged.")
    })

    it("emails a working reset link when a customer forgets their password", async () => {
      await api.post("/auth/customer/emailpass/register", { email: CUSTOMER_EMAIL, password: "old-secret-1" })

      const response = await api.post("/auth/customer/emailpass/reset-password", { identifier: CUSTOMER_EMAIL })
      expect(response.status).toBe(201)

      const email = await inbox.waitFor(CUSTOMER_EMAIL, /Reset your/)
      const link = new URL(/(http\S+\/account\/reset-password\?\S+)/.exec(email.text)![1])
      expect(link.searchParams.get("email")).toBe(CUSTOMER_EMAIL)

      // The notification table, which the retry job reads, never holds the live token in plain text.
      const token = link.searchParams.get("token")!
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = await pg.raw(`select data::text as data, idempotency_key from notification where template = 'password-reset'`)
      expect(rows.rows).toHaveLength(1)
      expect(rows.rows[0].data).not.toContain(token)
      expect(rows.rows[0].idempotency_key).not.toContain(token)
      expect(JSON.parse(rows.rows[0].data)).toMatchObject({ email: CUSTOMER_EMAIL, sealed_token: expect.stringMatching(/^v1\./) })

      await api.post(
        "/auth/customer/emailpass/update",
        { email: CUSTOMER_EMAIL, password: "new-secret-2" },
        { headers: { authorization: `Bearer ${link.searchParams.get("token")}` } }
      )
      const login = await api.post("/auth/customer/emailpass", { email: CUSTOMER_EMAIL, password: "new-secret-2" })
      expect(login.data.token).toEqual(expect.any(String))
    })

    it("keeps checkout working while SMTP is down and delivers the email once it is back", async () => {
      await inbox.stop()

      const { order } = await checkout()

      // The subscriber runs after the order is committed; its failed sends are recorded.
      await expect
        .poll(async () => (await notificationsFor(order.id)).map((r: any) => `${r.template}:${r.status}`).sort(), {
          timeout: 20_000,
        })
        .toEqual(["new-order-alert:failure", "order-confirmation:failure"])
      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,status`, admin)
      expect(placed.order.status).toBe("pending")

      await inbox.start()
      // The job also ticks on its own every minute; calling it until the mail
      // is in keeps the test independent of where in that minute we are.
      await expect
        .poll(
          async () => {
            await retryFailedEmailsJob(getContainer())
            return inbox.find(CUSTOMER_EMAIL, /is confirmed/).length + inbox.find(SHOP_EMAIL, /^New order/).length
          },
          { timeout: 90_000, interval: 2_000 }
        )
        .toBe(2)

      const confirmation = inbox.find(CUSTOMER_EMAIL, /is confirmed/)[0]
      expect(confirmation.subject).toContain(`#${order.display_id}`)
      expect(confirmation.html).toContain(ESCAPED_XSS)

      const records = await notificationsFor(order.id)
      const roots = records.filter((r: any) => !r.original_notification_id)
      const delivered = records.filter((r: any) => r.original_notification_id && r.status === "success")
      expect(roots.map((r: any) => r.status)).toEqual(["failure", "failure"])
      expect(delivered.map((r: any) => r.original_notification_id).sort()).toEqual(roots.map((r: any) => r.id).sort())

      // Delivered emails are not sent again.
      await retryFailedEmailsJob(getContainer())
      expect(inbox.find(CUSTOMER_EMAIL, /is confirmed/)).toHaveLength(1)
    })
  },
})
