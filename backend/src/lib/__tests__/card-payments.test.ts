import { describe, expect, it } from "vitest"
import { heldAmount, isPaymentReturned } from "../card-payments"

describe("isPaymentReturned", () => {
  it("is false while the card is only held, or captured and kept", () => {
    expect(isPaymentReturned(null)).toBe(false)
    expect(isPaymentReturned({ canceled_at: null, captures: [], refunds: [] })).toBe(false)
    expect(isPaymentReturned({ captures: [{ amount: 24 }], refunds: [] })).toBe(false)
  })

  it("is false after a partial refund (a burnt loaf), true once everything captured is back", () => {
    expect(isPaymentReturned({ captures: [{ amount: 24 }], refunds: [{ amount: 5 }] })).toBe(false)
    expect(isPaymentReturned({ captures: [{ amount: 24 }], refunds: [{ amount: 5 }, { amount: 19 }] })).toBe(true)
  })

  it("is true for a hold released before capture", () => {
    expect(isPaymentReturned({ canceled_at: new Date(), captures: [] })).toBe(true)
  })
})

describe("heldAmount", () => {
  it("is what was captured less what was refunded", () => {
    expect(Number(heldAmount({ captures: [{ amount: 10 }, { amount: 14 }], refunds: [{ amount: 5 }] }))).toBe(19)
    expect(Number(heldAmount({ captures: [], refunds: [] }))).toBe(0)
  })
})
