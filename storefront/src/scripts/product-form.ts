import { actions } from "astro:actions"
import { checkInscription, inscriptionLength } from "@sweet-crumbs/bakery-rules/inscription"
import type { VariantSummary } from "../lib/catalog/variants"
import type { FormOutcome } from "../lib/forms"

/**
 * Enhances the product page's add-to-cart form, which already works as a plain POST:
 * follows the variant picker (price, stock, sold-out), counts inscription characters with the
 * backend's rules, and adds to the basket in place, updating the header badge.
 */
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-add-to-cart]")) {
  const variants = JSON.parse(form.dataset.variants ?? "[]") as VariantSummary[]
  const price = document.querySelector<HTMLElement>("[data-price]")
  const stock = document.querySelector<HTMLElement>("[data-stock]")
  const button = form.querySelector<HTMLButtonElement>("[data-add-button]")
  const status = form.querySelector<HTMLElement>("[data-add-status]")
  const inscription = form.querySelector<HTMLInputElement>("[data-inscription]")
  const errorFor = (field: string) => form.querySelector<HTMLElement>(`[data-error-for="${field}"]`)

  const selected = (): VariantSummary | undefined => {
    const chosen = variants[0]?.values.map((_, i) => form.querySelector<HTMLInputElement>(`input[name="option_${i + 1}"]:checked`)?.value)
    return variants.find((v) => v.values.every((value, i) => value === chosen?.[i]))
  }

  const followPicker = () => {
    const variant = selected()
    if (price) price.textContent = variant?.price ?? ""
    if (stock) {
      stock.textContent = variant ? variant.stock : "Not available in this combination"
      stock.dataset.kind = !variant || variant.soldOut ? "sold_out" : variant.stock.startsWith("Only") ? "low" : "in_stock"
    }
    if (button) {
      const buyable = Boolean(variant && !variant.soldOut)
      button.disabled = !buyable
      button.textContent = buyable ? "Add to basket" : "Sold out"
    }
  }

  const showError = (field: string, message: string) => {
    const target = errorFor(field) ?? errorFor("form")
    if (target) target.textContent = message
    if (field === "inscription" && inscription) inscription.setAttribute("aria-invalid", String(Boolean(message)))
  }

  const clearErrors = () => {
    for (const el of form.querySelectorAll<HTMLElement>("[data-error-for]")) el.textContent = ""
    inscription?.removeAttribute("aria-invalid")
  }

  form.addEventListener("change", (event) => {
    if ((event.target as HTMLInputElement).name?.startsWith("option_")) followPicker()
  })

  if (inscription) {
    const max = Number(inscription.dataset.max)
    const count = form.querySelector<HTMLElement>("[data-inscription-count]")
    const live = form.querySelector<HTMLElement>("[data-inscription-live]")
    let announce: ReturnType<typeof setTimeout> | undefined
    inscription.addEventListener("input", () => {
      const length = inscriptionLength(inscription.value)
      if (count) count.textContent = `${length} / ${max}`
      // Screen readers hear how much room is left only near the limit, once typing pauses.
      clearTimeout(announce)
      announce = setTimeout(() => {
        if (live) live.textContent = max - length <= 10 ? `${Math.max(0, max - length)} characters left` : ""
      }, 600)
      const check = inscription.value.trim() ? checkInscription(inscription.value, max) : { ok: true as const }
      showError("inscription", check.ok ? "" : check.message)
    })
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault()
    clearErrors()
    if (inscription?.value.trim()) {
      const check = checkInscription(inscription.value, Number(inscription.dataset.max))
      if (!check.ok) {
        showError("inscription", check.message)
        inscription.focus()
        return
      }
    }
    if (button) button.disabled = true
    if (status) status.textContent = ""
    const { data, error } = await actions.cart.addItem(new FormData(form))
    followPicker()
    const outcome = data as FormOutcome | undefined
    if (error || !outcome) {
      showError("form", "We couldn't add that to your basket. Please try again.")
      return
    }
    if (!outcome.ok) {
      for (const [field, message] of Object.entries(outcome.errors)) showError(field, message)
      return
    }
    for (const badge of document.querySelectorAll<HTMLElement>("[data-cart-count]")) {
      const number = badge.querySelector("[data-cart-count-number]")
      if (number) number.textContent = String(outcome.count ?? 0)
      badge.hidden = !outcome.count
    }
    if (status) {
      status.replaceChildren(`${outcome.message ?? "Added to your basket."} `)
      const link = document.createElement("a")
      link.href = "/cart"
      link.textContent = "View basket"
      status.append(link)
    }
  })

  followPicker()
}
