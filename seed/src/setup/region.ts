import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  updateTaxRatesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "../../data/shop"

/** The shop's region, found by name; its payment providers follow `paymentProviders` on every run. */
export async function ensureRegion(
  container: MedusaContainer,
  shop: ShopSetup,
  { paymentProviders }: { paymentProviders: string[] }
): Promise<{ id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name: shop.region.name },
  })
  if (data[0]) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: data[0].id }, update: { payment_providers: paymentProviders } },
    })
    return data[0]
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: shop.region.name,
          currency_code: shop.region.currency_code,
          countries: [...shop.region.countries],
          payment_providers: paymentProviders,
          automatic_taxes: true,
        },
      ],
    },
  })
  return result[0]
}

/** The US tax region with the setup's sales tax as its default rate (created, or its rate updated). */
export async function ensureTaxRegion(container: MedusaContainer, shop: ShopSetup) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "tax_region",
    fields: ["id", "tax_rates.id", "tax_rates.is_default"],
    filters: { country_code: "us", parent_id: null },
  })
  const rate = { ...shop.sales_tax }
  if (!data[0]) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "us", provider_id: "tp_system", default_tax_rate: rate }],
    })
    return
  }
  const defaultRate = data[0].tax_rates?.find((r: { id: string; is_default?: boolean } | null) => r?.is_default)
  if (defaultRate) {
    await updateTaxRatesWorkflow(container).run({
      input: { selector: { id: defaultRate.id }, update: { rate: rate.rate, name: rate.name, code: rate.code } },
    })
  }
}
