import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { createTransport } from "nodemailer"
import type { Transporter } from "nodemailer"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { emailSealKey, isEmailTemplate, renderableEmailData, renderEmail } from "../../lib/emails"

export type MailerOptions = {
  channels: string[]
  /** smtp:// or smtps:// URL; without it emails go to .eml files in `outboxDir`. */
  smtpUrl?: string
  from: string
  /** Where .eml files land without SMTP; defaults to <repo root>/.data/mail. */
  outboxDir?: string
}

type InjectedDependencies = {
  logger: Logger
}

/*
 * Fail fast when the mail server does not answer: the order is already placed,
 * the Notification module records the failure and the retry-failed-emails job
 * sends it again, so waiting minutes on a dead server helps nobody.
 */
const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
}

/**
 * Sends the bakery's emails: renders the template named by the notification
 * into HTML and text parts, then hands the message to SMTP, or, in
 * development without SMTP, writes an RFC 822 .eml file to open in any mail app.
 */
class MailerNotificationService extends AbstractNotificationProviderService {
  static identifier = "mailer"

  private readonly logger_: Logger
  private readonly options_: MailerOptions
  private readonly transporter_: Transporter
  private readonly outboxDir_: string | null

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.from !== "string" || !options.from.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The mailer needs a `from` address (MAIL_FROM)."
      )
    }
    const smtpUrl = options.smtpUrl
    if (smtpUrl !== undefined && smtpUrl !== null && smtpUrl !== "") {
      if (typeof smtpUrl !== "string" || !/^smtps?:\/\//i.test(smtpUrl)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465."
        )
      }
    }
  }

  constructor({ logger }: InjectedDependencies, options: MailerOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    if (options.smtpUrl) {
      this.transporter_ = createTransport({ url: options.smtpUrl, ...SMTP_TIMEOUTS })
      this.outboxDir_ = null
    } else {
      // Build the same MIME message SMTP would carry, but keep it in memory.
      this.transporter_ = createTransport({
        streamTransport: true,
        buffer: true,
        newline: "windows",
      })
      this.outboxDir_ = path.resolve(
        options.outboxDir || path.join(process.cwd(), "..", ".data", "mail")
      )
    }
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const { template, to } = notification
    if (!isEmailTemplate(template)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The mailer has no email template called "${template}".`
      )
    }
    const { subject, html, text } = renderEmail(
      template,
      renderableEmailData(template, notification.data ?? {}, emailSealKey())
    )
    const info = await this.transporter_.sendMail({
      from: notification.from || this.options_.from,
      to,
      subject,
      html,
      text,
    })

    if (this.outboxDir_) {
      const file = await this.writeToOutbox(template, info.message as Buffer)
      this.logger_.info(`Email "${subject}" to ${to} written to ${file}`)
    } else {
      this.logger_.info(`Email "${subject}" sent to ${to} (${info.messageId})`)
    }
    return { id: info.messageId }
  }

  private async writeToOutbox(template: string, message: Buffer): Promise<string> {
    await mkdir(this.outboxDir_!, { recursive: true })
    // Sortable by time, and unique enough for a developer's outbox.
    const stamp = new Date().toISOString().replace(/[:.]/g, "-")
    const suffix = Math.random().toString(36).slice(2, 8)
    const file = path.join(this.outboxDir_!, `${stamp}-${template}-${suffix}.eml`)
    await writeFile(file, message)
    return file
  }
}

export default MailerNotificationService
