import { defineMiddlewares } from "@medusajs/framework/http"
import {
  allowBakeryProfileField,
  applyBakeryProductFilters,
} from "./store/products/bakery-filters"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/products",
      methods: ["GET"],
      middlewares: [applyBakeryProductFilters, allowBakeryProfileField],
    },
    {
      matcher: "/store/products/:id",
      methods: ["GET"],
      middlewares: [allowBakeryProfileField],
    },
  ],
})
