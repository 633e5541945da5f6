import { boxes, packs, productsIn, type ProductInput } from "../helpers"

/** Cupcakes are baked the day before collection; ~110 g each. */
const cupcake = productsIn("cupcakes", { lead_time_hours: 24 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  cupcake({
    handle: "vanilla-bean-cupcake",
    title: "Vanilla Bean Cupcake",
    description:
      "Buttery vanilla sponge flecked with real Madagascan vanilla seeds, topped with a tall swirl of vanilla bean buttercream and a few pink sugar pearls. Simple, and simply perfect.",
    ...packs("CUP-VAN", [4.5, 24, 44], [36, 14, 8], 110),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f4dfae", "#fff4e6", "#f48fb1"] },
  }),
  cupcake({
    handle: "double-chocolate-cupcake",
    title: "Double Chocolate Cupcake",
    description:
      "Moist cocoa sponge with a molten chocolate centre, crowned with fudgy chocolate buttercream and dark chocolate curls. For people who think there is no such thing as too much chocolate.",
    ...packs("CUP-DCHOC", [4.5, 24, 44], [40, 12, 6], 115),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#5b3426", "#6e4030", "#2e1a12"] },
  }),
  cupcake({
    handle: "red-velvet-cupcake",
    title: "Red Velvet Cupcake",
    description:
      "A velvety crimson buttermilk sponge with a hint of cocoa, piped high with tangy cream cheese frosting and finished with red velvet crumbs. Our best-selling cupcake for ten years running.",
    collections: ["best-sellers"],
    ...packs("CUP-RVEL", [4.75, 26, 48], [32, 10, 6], 110),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#a3182c", "#fbf3ea", "#c8102e"] },
  }),
  cupcake({
    handle: "salted-caramel-cupcake",
    title: "Salted Caramel Cupcake",
    description:
      "Brown-sugar sponge with a hidden pocket of gooey salted caramel, topped with caramel buttercream, a caramel drizzle and a pinch of flaky sea salt. Sweet, salty and gone in three bites.",
    ...packs("CUP-SCAR", [4.75, 26, 48], [24, 10, 5], 115),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#c8955a", "#e9c38d", "#8a4f1d"] },
  }),
  cupcake({
    handle: "lemon-meringue-cupcake",
    title: "Lemon Meringue Cupcake",
    description:
      "Zesty lemon sponge filled with sharp homemade lemon curd and topped with a cloud of Italian meringue, torched until golden. Like a slice of pie in a paper case.",
    collections: ["weekend-specials"],
    ...packs("CUP-LMER", [4.75, 26, 48], [20, 8, 4], 105),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f6dc6e", "#fff7e8", "#f2b632"] },
  }),
  cupcake({
    handle: "strawberries-and-cream-cupcake",
    title: "Strawberries & Cream Cupcake",
    description:
      "Vanilla sponge with a fresh strawberry jam centre, finished with strawberry buttercream made with real fruit and a halved strawberry on top. Summer in a single bite.",
    ...packs("CUP-STRC", [4.75, 26, 48], [24, 9, 4], 110),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f6e2bd", "#ffc4d4", "#e8374f"] },
  }),
  cupcake({
    handle: "cookies-and-cream-cupcake",
    title: "Cookies & Cream Cupcake",
    description:
      "Chocolate sponge baked around a whole chocolate sandwich cookie, topped with cookies-and-cream buttercream and a cookie half. Crunchy, creamy and a lunchbox legend.",
    ...packs("CUP-COCR", [4.5, 24, 44], [28, 10, 5], 115),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#3e2c27", "#f3efe9", "#1f1a19"] },
  }),
  cupcake({
    handle: "raspberry-white-chocolate-cupcake",
    title: "Raspberry & White Chocolate Cupcake",
    description:
      "Light vanilla sponge rippled with raspberries and white chocolate chunks, topped with raspberry buttercream and a fresh raspberry. Sweet, tart and very pretty in pink.",
    ...packs("CUP-RAWC", [4.75, 26, 48], [20, 8, 4], 110),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f5e3c6", "#f7a8c0", "#c2185b"] },
  }),
  cupcake({
    handle: "peanut-butter-cup-cupcake",
    title: "Peanut Butter Cup Cupcake",
    description:
      "Chocolate sponge with a peanut butter centre, topped with whipped peanut butter frosting, chocolate drizzle and a mini peanut butter cup. Salty-sweet heaven.",
    ...packs("CUP-PBC", [4.75, 26, 48], [18, 6, 3], 120),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "peanuts"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#5a3723", "#dcae74", "#3a2116"] },
  }),
  cupcake({
    handle: "pistachio-rose-cupcake",
    title: "Pistachio & Rose Cupcake",
    description:
      "Fragrant pistachio sponge topped with delicate rosewater buttercream, chopped pistachios and a crystallised rose petal. Floral, nutty and a little bit fancy.",
    ...packs("CUP-PIRO", [5, 27, 50], [14, 6, 0], 105),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#bdd08f", "#f9d3dc", "#7aa33c"] },
  }),
  cupcake({
    handle: "carrot-cake-cupcake",
    title: "Carrot Cake Cupcake",
    description:
      "Spiced carrot sponge with toasted walnuts and sultanas, topped with a generous swirl of cream cheese frosting and a tiny piped carrot. Our carrot cake in single-serve form.",
    ...packs("CUP-CARR", [4.5, 24, 44], [22, 8, 4], 115),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#d4883e", "#fbf1e1", "#f28c28"] },
  }),
  cupcake({
    handle: "toasted-coconut-cupcake",
    title: "Toasted Coconut Cupcake",
    description:
      "Coconut milk sponge topped with fluffy coconut buttercream and rolled in golden toasted coconut flakes. Tropical, tender and not too sweet.",
    ...packs("CUP-COCO", [4.5, 24, 44], [16, 6, 3], 105),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f7ecd4", "#fffaf0", "#d9b26f"] },
  }),
  cupcake({
    handle: "mint-chocolate-chip-cupcake",
    title: "Mint Chocolate Chip Cupcake",
    description:
      "Dark chocolate sponge topped with cool peppermint buttercream flecked with chocolate chips and finished with a chocolate mint square. Fresh and chocolatey like the ice cream.",
    ...packs("CUP-MINT", [4.5, 24, 44], [18, 7, 3], 110),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#4a2c21", "#bfead3", "#2e1a12"] },
  }),
  cupcake({
    handle: "banana-caramel-cupcake",
    title: "Banana Caramel Cupcake",
    description:
      "Banana bread sponge made with very ripe bananas and brown sugar, topped with dulce de leche buttercream and a dried banana chip. Comforting and gently spiced.",
    ...packs("CUP-BANC", [4.5, 24, 44], [14, 6, 3], 115),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#e2bd77", "#d9a566", "#f7e3a1"] },
  }),
  cupcake({
    handle: "birthday-sprinkle-cupcake",
    title: "Birthday Sprinkle Cupcake",
    description:
      "Confetti vanilla sponge with sprinkles baked in, topped with a pastel swirl of vanilla buttercream and a shower of rainbow sprinkles. Add a candle and it's a party.",
    ...packs("CUP-SPRK", [4.5, 24, 44], [30, 12, 6], 110),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f9e7bf", "#ffd6e7", "#4cc9f0"] },
  }),
  cupcake({
    handle: "smores-cupcake",
    title: "S'mores Cupcake",
    description:
      "Chocolate sponge on a buttery graham cracker base, topped with toasted marshmallow meringue and a square of milk chocolate. Campfire flavour, no campfire needed.",
    ...packs("CUP-SMOR", [4.75, 26, 48], [16, 6, 3], 115),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#6b4030", "#fbeedd", "#c98b4a"] },
  }),
  cupcake({
    handle: "black-forest-cupcake",
    title: "Black Forest Cupcake",
    description:
      "Chocolate sponge with a sour cherry compote centre, topped with whipped vanilla cream, chocolate shavings and a glossy cherry. The gâteau, shrunk down.",
    ...packs("CUP-BFOR", [4.75, 26, 48], [14, 6, 2], 115),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#4a2619", "#fdf6ee", "#a3112e"] },
  }),
  cupcake({
    handle: "chai-latte-cupcake",
    title: "Chai Latte Cupcake",
    description:
      "Sponge spiced with cinnamon, cardamom, ginger and black tea, topped with a milky chai buttercream and a dusting of cinnamon. Cosy in cupcake form.",
    ...packs("CUP-CHAI", [4.75, 26, 48], [14, 6, 3], 110),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#cfa376", "#f3e2cc", "#8a5a3b"] },
  }),
  cupcake({
    handle: "celebration-cupcake-box",
    title: "Celebration Cupcake Box",
    description:
      "A mixed box of our vanilla, double chocolate, red velvet and salted caramel cupcakes, each topped with a hand-piped rosette. Add a message and we'll pipe it on a white chocolate plaque in the middle of the box.",
    inscription_max_length: 24,
    ...boxes("CUP-CELB", [[6, 27, 12], [12, 50, 6]], 110),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f4dfae", "#f7b8cf", "#7b4a9e"] },
  }),
  cupcake({
    handle: "baby-shower-cupcake-box",
    title: "Baby Shower Cupcake Box",
    description:
      "Vanilla bean cupcakes piped with soft pastel buttercream in pink, blue or mint, finished with sugar pearls and tiny fondant stars. Personalise the plaque with the baby's name or a short message.",
    inscription_max_length: 20,
    ...boxes("CUP-BABY", [[6, 27, 8], [12, 50, 4]], 110),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f4dfae", "#cfe8f7", "#f7a8c8"] },
  }),
]
