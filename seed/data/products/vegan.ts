import { cakeSizes, packs, productsIn, single, type ProductInput } from "../helpers"

/**
 * No milk, eggs or butter in the recipe. They're made in our shared kitchen,
 * so we honestly list milk and egg (and nuts) as "may contain".
 */
const vegan = productsIn("vegan", { lead_time_hours: 0 })

const SHARED_KITCHEN: ProductInput["allergens"]["may_contain"] = ["milk", "egg", "tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  vegan({
    handle: "vegan-chocolate-fudge-cake",
    title: "Vegan Chocolate Fudge Cake",
    description:
      "A dark, moist cocoa sponge made with oat milk and olive oil, layered and covered with a silky dairy-free chocolate fudge frosting. Rich enough to convert the sceptics; a 6\" serves 8–10.",
    lead_time_hours: 48,
    inscription_max_length: 30,
    serves: 8,
    ...cakeSizes("VG-CHOC", [42, 58, 76], [6, 4, 2]),
    allergens: { contains: ["wheat", "soy"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "layer-cake", colours: ["#5a3323", "#3b2017", "#e7c29a"] },
  }),
  vegan({
    handle: "vegan-carrot-cake",
    title: "Vegan Carrot Cake",
    description:
      "Spiced carrot sponge with walnuts, sultanas and orange zest, layered with a whipped cashew and coconut 'cream cheese' frosting. Moist, nutty and fragrant; a 6\" serves 8–10.",
    lead_time_hours: 48,
    inscription_max_length: 30,
    serves: 8,
    ...cakeSizes("VG-CARR", [42, 58, 76], [4, 3, 1]),
    allergens: { contains: ["wheat", "tree_nuts"], may_contain: ["milk", "egg", "peanuts"] },
    dietary_tags: ["vegan"],
    art: { shape: "layer-cake", colours: ["#d4883e", "#f8efe0", "#f28c28"] },
  }),
  vegan({
    handle: "vegan-vanilla-cupcake",
    title: "Vegan Vanilla Cupcake",
    description:
      "A fluffy vanilla sponge made with soy milk and a splash of cider vinegar, topped with a swirl of dairy-free vanilla buttercream and vegan sprinkles. Light and tender.",
    lead_time_hours: 24,
    ...packs("VG-CUP", [4.75, 26, 48], [20, 8, 4], 105),
    allergens: { contains: ["wheat", "soy"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "cupcake", colours: ["#f2dba6", "#fff3e0", "#ff7eb6"] },
  }),
  vegan({
    handle: "vegan-chocolate-chip-cookie",
    title: "Vegan Chocolate Chip Cookie",
    description:
      "Chewy, golden and loaded with dairy-free dark chocolate chunks, made with coconut oil and brown sugar. Crisp edges, soft middle, and no one can tell.",
    ...packs("VG-CCC", [3.5, 19.5, 36], [36, 12, 6], 85),
    allergens: { contains: ["wheat", "soy"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "cookie", colours: ["#d6a05a", "#3a1f14", "#f6efe4"] },
  }),
  vegan({
    handle: "vegan-oat-raisin-cookie",
    title: "Vegan Oat & Raisin Cookie",
    description:
      "A chewy rolled-oat cookie sweetened with maple and brown sugar, packed with juicy raisins and warm cinnamon. Wholesome-tasting and very moreish.",
    ...packs("VG-OATR", [3.25, 18, 33], [24, 8, 4], 80),
    allergens: { contains: ["wheat"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "cookie", colours: ["#c9995e", "#5a2e3a", "#ead8b4"] },
  }),
  vegan({
    handle: "vegan-fudge-brownie",
    title: "Vegan Fudge Brownie",
    description:
      "A dense, gooey brownie made with dark chocolate, cocoa and aquafaba for that crackly top. Fudgy, intense and completely plant-based.",
    ...packs("VG-BROW", [4.5, 25, 47], [24, 8, 4], 95),
    allergens: { contains: ["wheat", "soy"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "bar", colours: ["#4d2c1d", "#2d180f", "#9c6c48"] },
  }),
  vegan({
    handle: "vegan-raspberry-almond-bar",
    title: "Vegan Raspberry Almond Bar",
    description:
      "An almond and oat shortbread base spread with raspberry jam, topped with almond crumble and flaked almonds. Jammy, crunchy and a little bit Bakewell.",
    ...packs("VG-RAAL", [4.25, 24, 45], [18, 6, 3], 90),
    allergens: { contains: ["wheat", "tree_nuts"], may_contain: ["milk", "egg", "peanuts"] },
    dietary_tags: ["vegan"],
    art: { shape: "bar", colours: ["#e3bd84", "#c2185b", "#f4e6cc"] },
  }),
  vegan({
    handle: "vegan-blueberry-muffin",
    title: "Vegan Blueberry Muffin",
    description:
      "A tall, tender muffin made with oat milk and sunflower oil, packed with blueberries and topped with a crunchy cinnamon streusel. Breakfast sorted.",
    ...packs("VG-BLMF", [3.95, 22, 42], [24, 8, 4], 125),
    allergens: { contains: ["wheat"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "cupcake", colours: ["#dcae6a", "#e8c791", "#4a4fa8"] },
  }),
  vegan({
    handle: "vegan-cinnamon-roll",
    title: "Vegan Cinnamon Roll",
    description:
      "A soft, pillowy roll made with oat milk and plant butter, swirled with cinnamon brown sugar and finished with a vanilla glaze. Sticky and comforting.",
    ...packs("VG-CINR", [4.5, 25, 48], [20, 8, 4], 130),
    allergens: { contains: ["wheat", "soy"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "cookie", colours: ["#d19a5a", "#fbf3e6", "#8a4f25"] },
  }),
  vegan({
    handle: "vegan-croissant",
    title: "Vegan Croissant",
    description:
      "Laminated with a cultured plant-based butter and glazed with maple and oat milk instead of egg. Flaky, golden and honeycombed, with a lovely buttery taste.",
    ...packs("VG-CROI", [4.25, 24, 46], [24, 8, 4], 70),
    allergens: { contains: ["wheat", "soy"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "croissant", colours: ["#d9973f", "#f6d58f", "#fbeed3"] },
  }),
  vegan({
    handle: "vegan-lemon-loaf",
    title: "Vegan Lemon Loaf",
    description:
      "A zesty lemon loaf cake made with almond milk and olive oil, soaked in lemon syrup and topped with a thick lemon icing. Cuts into 8 slices.",
    lead_time_hours: 12,
    serves: 8,
    ...single("VG-LEML", "Whole loaf cake", 17, 650, 8),
    allergens: { contains: ["wheat", "tree_nuts"], may_contain: ["milk", "egg", "peanuts"] },
    dietary_tags: ["vegan"],
    art: { shape: "loaf", colours: ["#e9c664", "#fff8dc", "#f2b632"] },
  }),
  vegan({
    handle: "vegan-apple-crumble-pie",
    title: "Vegan Apple Crumble Pie",
    description:
      "A flaky olive oil crust filled with cinnamon-spiced Bramley and Braeburn apples under a crunchy oat and brown sugar crumble. Serves 8; lovely with oat cream.",
    lead_time_hours: 24,
    serves: 8,
    ...single("VG-APPL", '9" pie', 32, 1300, 6),
    allergens: { contains: ["wheat"], may_contain: SHARED_KITCHEN },
    dietary_tags: ["vegan"],
    art: { shape: "pie", colours: ["#d9a35a", "#e6c48a", "#a8742f"] },
  }),
]
