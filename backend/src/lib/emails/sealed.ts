import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto"

/*
 * The Notification module stores every email's data so the retry job can send it again. A password-reset
 * token is a live credential for 15 minutes, so it is stored sealed (AES-256-GCM, key from COOKIE_SECRET)
 * and opened only by the mailer when it renders the email.
 */

const ALGORITHM = "aes-256-gcm"
const VERSION = "v1"

/** The sealing key, derived from the backend's cookie secret (the same default as medusa-config in development). */
export function emailSealKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  return createHash("sha256")
    .update(`sweet-crumbs-email-data\0${env.COOKIE_SECRET || "supersecret"}`)
    .digest()
}

export function sealText(text: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv(ALGORITHM, key, iv)
  const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final()])
  return [VERSION, iv, sealed, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".")
}

/** The sealed text, or throws when it was sealed with another key or altered. */
export function openText(sealed: string, key: Buffer): string {
  const [version, iv, body, tag] = sealed.split(".")
  if (version !== VERSION || !iv || !body || !tag) {
    throw new Error("Not a sealed value this backend wrote.")
  }
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8")
}
