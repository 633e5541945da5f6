import { html, joinUrl, oneLine } from "../format"
import { button, heading, layout, paragraph, textBody } from "../layout"
import type { PasswordResetEmailData, RenderedEmail } from "../types"

/** The storefront page that takes the token and the email from the query. */
export function passwordResetUrl(data: PasswordResetEmailData): string {
  const url = new URL(joinUrl(data.storefront_url, "account/reset-password"))
  url.searchParams.set("token", data.token)
  url.searchParams.set("email", data.email)
  return url.toString()
}

export function passwordReset(data: PasswordResetEmailData): RenderedEmail {
  const resetUrl = passwordResetUrl(data)
  const intro = `Someone asked to reset the password of the ${data.shop_name} account for ${data.email}.`
  const expiry = "The link works for a short while only; if it has expired, ask for a new one."
  const ignore = "If it wasn't you, ignore this email: your password stays as it is."

  return {
    subject: oneLine(`Reset your ${data.shop_name} password`),
    html: layout({
      title: "Reset your password",
      preheader: "Choose a new password for your account.",
      shopName: data.shop_name,
      body: html`${heading("Reset your password")}
${paragraph(intro)}
${button("Choose a new password", resetUrl)}
${paragraph(expiry)}
${paragraph(ignore)}
${paragraph(html`Button not working? Paste this link into your browser:<br><span style="word-break:break-all;">${resetUrl}</span>`)}`,
    }),
    text: textBody([
      "Reset your password",
      "",
      intro,
      "",
      `Choose a new password: ${resetUrl}`,
      "",
      expiry,
      ignore,
      "",
      `— ${data.shop_name}`,
    ]),
  }
}
