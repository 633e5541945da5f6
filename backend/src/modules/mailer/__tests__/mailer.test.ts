import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import net from "node:net"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { SMTPServer } from "smtp-server"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import MailerNotificationService from "../service"
import { pickupOrder } from "../../../lib/emails/__tests__/fixtures"

const FROM = "Sweet Crumbs Bakery <orders@sweetcrumbs.example>"

function logger() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() } as any
}

function confirmation(inscription: string) {
  const data = pickupOrder()
  data.order.items[0].inscription = inscription
  return {
    to: "jane@example.com",
    channel: "email",
    template: "order-confirmation",
    data: data as unknown as Record<string, unknown>,
  }
}

describe("MailerNotificationService", () => {
  describe("without SMTP", () => {
    let outboxDir: string

    beforeEach(async () => {
      outboxDir = await mkdtemp(path.join(os.tmpdir(), "sc-outbox-"))
    })

    afterEach(async () => {
      await rm(outboxDir, { recursive: true, force: true })
    })

    it("writes an .eml with HTML and text parts to the outbox and logs where", async () => {
      const log = logger()
      const mailer = new MailerNotificationService({ logger: log }, {
        channels: ["email"],
        from: FROM,
        outboxDir,
      })

      const result = await mailer.send(confirmation("<script>alert(1)</script>"))

      const [file] = await readdir(outboxDir)
      expect(file).toMatch(/order-confirmation-.*\.eml$/)
      const eml = await readFile(path.join(outboxDir, file), "utf8")
      expect(eml).toMatch(/^From: Sweet Crumbs Bakery <orders@sweetcrumbs\.example>\r$/m)
      expect(eml).toMatch(/^To: jane@example\.com\r$/m)
      expect(eml).toContain("Subject: Your Sweet Crumbs Bakery order #1042 is confirmed")
      expect(eml).toContain("Content-Type: multipart/alternative")
      expect(eml).toContain("Content-Type: text/plain")
      expect(eml).toContain("Content-Type: text/html")
      expect(eml).not.toMatch(/[^\r]\n/)
      expect(result.id).toMatch(/@/)
      expect(log.info).toHaveBeenCalledWith(expect.stringContaining(path.join(outboxDir, file)))
    })

    it("refuses a template it does not know", async () => {
      const mailer = new MailerNotificationService({ logger: logger() }, {
        channels: ["email"],
        from: FROM,
        outboxDir,
      })
      await expect(
        mailer.send({ ...confirmation("x"), template: "birthday-coupon" })
      ).rejects.toThrow(/no email template called "birthday-coupon"/)
      expect(await readdir(outboxDir)).toEqual([])
    })
  })

  describe("over SMTP", () => {
    let server: SMTPServer
    let port: number
    let received: { to: string[]; raw: string }[]

    beforeEach(async () => {
      received = []
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        onData(stream, session, callback) {
          const chunks: Buffer[] = []
          stream.on("data", (chunk: Buffer) => chunks.push(chunk))
          stream.on("end", () => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(chunks).toString("utf8"),
            })
            callback()
          })
        },
      })
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
      port = (server.server.address() as AddressInfo).port
    })

    afterEach(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    })

    it("delivers the rendered email to the recipient", async () => {
      const mailer = new MailerNotificationService({ logger: logger() }, {
        channels: ["email"],
        from: FROM,
        smtpUrl: `smtp://127.0.0.1:${port}`,
      })

      await mailer.send(confirmation("Happy 30th, Sam!"))

      expect(received).toHaveLength(1)
      expect(received[0].to).toEqual(["jane@example.com"])
      expect(received[0].raw).toContain("Subject: Your Sweet Crumbs Bakery order #1042 is confirmed")
      expect(received[0].raw).toContain("Happy 30th, Sam!")
    })
  })

  it("fails loudly when the mail server is down, so the failure gets recorded", async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = net.createServer()
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve))
    const port = (probe.address() as AddressInfo).port
    await new Promise<void>((resolve) => probe.close(() => resolve()))
    const mailer = new MailerNotificationService({ logger: logger() }, {
      channels: ["email"],
      from: FROM,
      smtpUrl: `smtp://127.0.0.1:${port}`,
    })

    await expect(mailer.send(confirmation("x"))).rejects.toThrow(/ECONNREFUSED/)
  })

  it("validates its options", () => {
    expect(() => MailerNotificationService.validateOptions({ channels: ["email"] })).toThrow(/from/)
    expect(() =>
      MailerNotificationService.validateOptions({ from: FROM, smtpUrl: "http://mail" })
    ).toThrow(/SMTP_URL/)
    expect(() =>
      MailerNotificationService.validateOptions({ from: FROM, smtpUrl: "smtps://u:p@mail:465" })
    ).not.toThrow()
  })
})
