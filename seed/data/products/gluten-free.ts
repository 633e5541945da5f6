import { cakeSizes, packs, productsIn, single, type ProductInput } from "../helpers"

/**
 * Made in our separate, wheat-free prep room (never "may contain wheat").
 * That room uses a lot of almond flour, so tree nuts are always possible.
 * Lead times follow the kind of bake: cakes 24–48 h, everyday bakes 0–24 h.
 */
const glutenFree = productsIn("gluten-free", { lead_time_hours: 0 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  glutenFree({
    handle: "flourless-chocolate-torte",
    title: "Flourless Chocolate Torte",
    description:
      "A dense, truffle-like torte made with just dark chocolate, butter, eggs and sugar, with a crisp meringue-like top. Dusted with cocoa; serve with a spoonful of crème fraîche. A 6\" serves 8.",
    lead_time_hours: 24,
    serves: 8,
    ...cakeSizes("GF-TORT", [36, 50, 66], [6, 5, 2], [700, 1200, 1900]),
    allergens: { contains: ["milk", "egg", "soy"], may_contain: NUTS },
    dietary_tags: ["gluten_free"],
    art: { shape: "cheesecake", colours: ["#4a2a1c", "#2e1710", "#c9a27e"] },
  }),
  glutenFree({
    handle: "orange-almond-polenta-cake",
    title: "Orange & Almond Polenta Cake",
    description:
      "A sunny Italian cake made with ground almonds, fine polenta and whole boiled oranges, soaked in orange syrup and topped with candied orange slices. Moist, fragrant and naturally gluten-free; a 6\" serves 8.",
    lead_time_hours: 24,
    serves: 8,
    ...cakeSizes("GF-POLE", [36, 50, 66], [5, 4, 2], [800, 1400, 2200]),
    allergens: { contains: ["milk", "egg", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: ["gluten_free"],
    art: { shape: "cheesecake", colours: ["#efbf57", "#f59a2e", "#e8742a"] },
  }),
  glutenFree({
    handle: "gluten-free-vanilla-celebration-cake",
    title: "Gluten-Free Vanilla Celebration Cake",
    description:
      "Three layers of light vanilla sponge made with our rice and tapioca flour blend, filled and frosted with vanilla Swiss meringue buttercream and finished with fresh berries. Nobody will guess. A 6\" serves 8–10.",
    lead_time_hours: 48,
    inscription_max_length: 30,
    serves: 8,
    ...cakeSizes("GF-VCAK", [44, 60, 78], [4, 3, 1]),
    allergens: { contains: ["milk", "egg"], may_contain: NUTS },
    dietary_tags: ["gluten_free"],
    art: { shape: "layer-cake", colours: ["#f5e0b0", "#fff6ea", "#d6245a"] },
  }),
  glutenFree({
    handle: "gluten-free-fudge-brownie",
    title: "Gluten-Free Fudge Brownie",
    description:
      "Our fudgiest brownie, made with dark chocolate, cocoa and a touch of almond flour instead of wheat. Crackly top, gooey middle and no compromise.",
    collections: ["best-sellers"],
    ...packs("GF-BROW", [4.5, 25, 47], [30, 10, 5], 95),
    allergens: { contains: ["milk", "egg", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: ["gluten_free"],
    art: { shape: "bar", colours: ["#4d2c1d", "#2d180f", "#a77a52"] },
  }),
  glutenFree({
    handle: "gluten-free-chocolate-chip-cookie",
    title: "Gluten-Free Chocolate Chip Cookie",
    description:
      "A chewy brown-butter cookie made with our rice and tapioca flour blend, packed with dark chocolate chips and finished with sea salt. Crisp edges, soft centre.",
    ...packs("GF-CCC", [3.5, 19.5, 36], [30, 10, 5], 85),
    allergens: { contains: ["milk", "egg", "soy"], may_contain: NUTS },
    dietary_tags: ["gluten_free"],
    art: { shape: "cookie", colours: ["#d9a45e", "#3a1f14", "#f6efe4"] },
  }),
  glutenFree({
    handle: "gluten-free-sandwich-loaf",
    title: "Gluten-Free Sandwich Loaf",
    description:
      "A soft, sliceable white tin loaf made with brown rice flour, sorghum and psyllium husk, so it bends rather than crumbles. Great for toast and sandwiches. About 700 g.",
    ...single("GF-LOAF", "Whole loaf", 9, 700, 12),
    allergens: { contains: ["egg"], may_contain: NUTS },
    dietary_tags: ["gluten_free"],
    art: { shape: "loaf", colours: ["#d3a468", "#f5e6c8", "#eed9b0"] },
  }),
  glutenFree({
    handle: "gluten-free-vanilla-cupcake",
    title: "Gluten-Free Vanilla Cupcake",
    description:
      "A light vanilla bean sponge made with our gluten-free flour blend, topped with a swirl of vanilla buttercream and rainbow pearls. Baked in its own room with its own equipment.",
    lead_time_hours: 24,
    ...packs("GF-CUP", [4.95, 27, 50], [18, 6, 3], 105),
    allergens: { contains: ["milk", "egg"], may_contain: NUTS },
    dietary_tags: ["gluten_free"],
    art: { shape: "cupcake", colours: ["#f4dfae", "#fff2e0", "#8ecae6"] },
  }),
  glutenFree({
    handle: "coconut-macaroons",
    title: "Coconut Macaroons",
    description:
      "Chewy, golden-edged mounds of sweetened coconut and egg white, with their bases dipped in dark chocolate. Simple, sticky and naturally gluten-free.",
    ...packs("GF-MACR", [2.75, 15, 28], [36, 12, 6], 45),
    allergens: { contains: ["egg", "soy"], may_contain: ["milk", "tree_nuts", "peanuts"] },
    dietary_tags: ["gluten_free"],
    art: { shape: "cookie", colours: ["#f3e2bd", "#3a1f14", "#fdfaf2"] },
  }),
  glutenFree({
    handle: "gluten-free-lemon-drizzle-loaf",
    title: "Gluten-Free Lemon Drizzle Loaf",
    description:
      "A buttery lemon loaf cake made with ground almonds and rice flour, soaked in lemon syrup and topped with a crackly sugar drizzle. Cuts into 8 generous slices.",
    lead_time_hours: 12,
    serves: 8,
    ...single("GF-LDRZ", "Whole loaf cake", 18, 650, 8),
    allergens: { contains: ["milk", "egg", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: ["gluten_free"],
    art: { shape: "loaf", colours: ["#edc964", "#fff6d6", "#f2b632"] },
  }),
  glutenFree({
    handle: "berry-pavlova",
    title: "Berry Pavlova",
    description:
      "A crisp-shelled, marshmallowy meringue nest piled with softly whipped cream, passion fruit and fresh summer berries. Assembled on the day of collection; serves 8.",
    collections: ["weekend-specials"],
    lead_time_hours: 24,
    serves: 8,
    ...single("GF-PAVL", '9" pavlova', 32, 800, 4),
    allergens: { contains: ["milk", "egg"], may_contain: NUTS },
    dietary_tags: ["gluten_free"],
    art: { shape: "cheesecake", colours: ["#fbf5ea", "#fffdf9", "#c2185b"] },
  }),
  glutenFree({
    handle: "gluten-free-banana-bread",
    title: "Gluten-Free Banana Bread",
    description:
      "Moist, deeply caramelised banana bread made with very ripe bananas, brown sugar and a buckwheat and rice flour blend, topped with a split banana. Cuts into 10 slices.",
    lead_time_hours: 12,
    serves: 10,
    ...single("GF-BANB", "Whole loaf cake", 16, 800, 10),
    allergens: { contains: ["milk", "egg"], may_contain: NUTS },
    dietary_tags: ["gluten_free"],
    art: { shape: "loaf", colours: ["#a8672f", "#e0b46a", "#f1d27a"] },
  }),
  glutenFree({
    handle: "gluten-free-apple-crumble-pie",
    title: "Gluten-Free Apple Crumble Pie",
    description:
      "A buttery gluten-free shortcrust filled with cinnamon-spiced Bramley apples and finished with a crunchy oat-free almond crumble. Serves 8; lovely warm with custard.",
    lead_time_hours: 24,
    serves: 8,
    ...single("GF-APPL", '9" pie', 34, 1300, 6),
    allergens: { contains: ["milk", "egg", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: ["gluten_free"],
    art: { shape: "pie", colours: ["#d9a35a", "#e7c98c", "#b77a3c"] },
  }),
]
