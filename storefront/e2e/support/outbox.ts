import { existsSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"

/** Where the backend's mailer drops emails: MAIL_OUTBOX_DIR, or `npm start`'s data dir. */
export function outboxDir(): string | null {
  const candidates = [
    process.env.MAIL_OUTBOX_DIR,
    process.env.SWEET_CRUMBS_DATA_DIR && path.join(process.env.SWEET_CRUMBS_DATA_DIR, "mail"),
  ].filter((dir): dir is string => Boolean(dir))
  return candidates.find((dir) => existsSync(dir)) ?? null
}

/** Decodes a quoted-printable email body enough to read its links. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  return Buffer.from(bytes, "latin1").toString("utf8")
}

/** The first link matching `link` in the newest `template` email (its file name) to `email`, waiting for it. */
export async function emailedLink(dir: string, template: string, email: string, link: RegExp, timeoutMs = 30_000): Promise<string> {
  const started = Date.now()
  for (;;) {
    for (const file of (await readdir(dir)).filter((f) => f.includes(template)).sort().reverse()) {
      const mail = decodeQuotedPrintable(await readFile(path.join(dir, file), "utf8"))
      if (!mail.includes(`To: ${email}`)) continue
      const found = mail.match(link)?.[0]
      if (found) return found.replace(/&amp;/g, "&")
    }
    if (Date.now() - started > timeoutMs) throw new Error(`no ${template} email for ${email} in ${dir}`)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}
