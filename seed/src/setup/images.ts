import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedProduct } from "../catalog-schema"
import { renderProductArt } from "../product-art"

/** Draws each product's illustration and uploads it through Medusa's File module. Returns handle → image URL. */
export async function uploadProductArt(container: MedusaContainer, products: SeedProduct[]): Promise<Map<string, string>> {
  const files = await Promise.all(
    products.map(async (p) => ({
      filename: `${p.handle}.webp`,
      mimeType: "image/webp",
      content: (await renderProductArt(p)).toString("base64"),
      access: "public" as const,
    }))
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return new Map(products.map((p, i) => [p.handle, result[i].url]))
}
