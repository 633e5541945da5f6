/**
 * A form field people never see (visually hidden, hidden from screen readers, out of the tab
 * order, no autofill) and scripts that fill every box do. Its name sounds worth filling.
 */
export const HONEYPOT_FIELD = "company_website"

export const HONEYPOT_REFUSAL =
  "We couldn't save your details: a box that people never see was filled in, which happens when a program fills the form. Please type your details yourself, or call the bakery."
