import { describe, expect, it } from "vitest"
import { bakePlan } from "../../data/bake-plan"
import { resolveBakePlan } from "../bake-plan"
import { CatalogValidationError, loadCatalog } from "../catalog"

const catalog = loadCatalog()

describe("the seeded bake plan", () => {
  const plan = resolveBakePlan(catalog)
  const group = (name: string) => plan.find((g) => g.name === name)!

  it("puts every celebration cake, custom cake and cupcake and the sourdoughs on a group", () => {
    const skusOf = (category: string) => catalog.products.filter((p) => p.category === category).flatMap((p) => p.variants.map((v) => v.sku))
    expect(group("Celebration cakes").variants.map((v) => v.sku).sort()).toEqual(skusOf("celebration-cakes").sort())
    expect(group("Custom cakes").variants.map((v) => v.sku).sort()).toEqual(skusOf("custom-cakes").sort())
    expect(group("Cupcakes").variants).toHaveLength(skusOf("cupcakes").length)
    const sourdoughSkus = ["country-sourdough", "seeded-sourdough", "fig-and-fennel-sourdough", "jalapeno-cheddar-sourdough", "kalamata-olive-sourdough"]
      .flatMap((handle) => catalog.products.find((p) => p.handle === handle)!.variants.map((v) => v.sku))
    expect(group("Sourdough").variants.map((v) => v.sku)).toEqual(sourdoughSkus)
  })

  it("counts cupcake boxes in cupcakes", () => {
    const units = new Map(group("Cupcakes").variants.map((v) => [v.sku, v.units]))
    expect(units.get("SC-CUP-VAN-1")).toBe(1)
    expect(units.get("SC-CUP-VAN-6")).toBe(6)
    expect(units.get("SC-CUP-VAN-12")).toBe(12)
    expect(group("Celebration cakes").variants.every((v) => v.units === 1)).toBe(true)
  })

  it("plans thirty loaves and fifteen celebration cakes on a Saturday, nothing on the closed Sunday", () => {
    expect(group("Sourdough").weekday_quantities.sat).toBe(30)
    expect(group("Celebration cakes").weekday_quantities.sat).toBe(15)
    expect(plan.every((g) => g.weekday_quantities.sun === 0)).toBe(true)
  })

  it("stops the seed when the plan names a product the catalog lacks, or one product twice", () => {
    const broken = [...bakePlan, { name: "Bagels", unit: "bags", weekday_quantities: bakePlan[0].weekday_quantities, handles: ["everything-bagels", "no-such-bun", "country-sourdough"] }]
    expect(() => resolveBakePlan(catalog, broken)).toThrow(CatalogValidationError)
    expect(() => resolveBakePlan(catalog, broken)).toThrow(
      [
        'seed/data/bake-plan.ts: group "Bagels": handles: no product "no-such-bun" in the catalog',
        'seed/data/bake-plan.ts: group "Bagels": product "country-sourdough" is already on "Sourdough"',
      ].join("\n")
    )
  })
})
