import { cakeSizes, cakeSizesAndFlavours, productsIn, type ProductInput } from "../helpers"

/**
 * Layer cakes in 6" / 8" / 10". `serves` is for the 6" cake (8–10 slices);
 * an 8" serves 14–16 and a 10" serves 24–28.
 */
const cake = productsIn("celebration-cakes", { lead_time_hours: 48, inscription_max_length: 30 })

export const products: ProductInput[] = [
  cake({
    handle: "classic-birthday-cake",
    title: "Classic Birthday Cake",
    description:
      "Three layers of tender butter sponge in vanilla bean or zesty lemon, filled and covered with silky Swiss meringue buttercream and showered in rainbow sprinkles. It is the cake most of our regulars grew up with. The 6\" serves 8–10, the 8\" 14–16 and the 10\" up to 28.",
    collections: ["best-sellers"],
    serves: 8,
    ...cakeSizesAndFlavours("CEL-BDAY", [38, 52, 68], [
      { name: "Vanilla", code: "VAN", stock: [12, 9, 4] },
      { name: "Lemon", code: "LEM", stock: [6, 5, 2] },
    ]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f6dfa9", "#fff3e4", "#ff6fa3"] },
  }),
  cake({
    handle: "triple-chocolate-fudge-cake",
    title: "Triple Chocolate Fudge Cake",
    description:
      "Dark cocoa sponge soaked with a little coffee syrup, layered with whipped chocolate fudge frosting and finished with a glossy 70% ganache drip. Deeply chocolatey without being too sweet. Serves 8–10 as a 6\", 14–16 as an 8\", 24–28 as a 10\".",
    collections: ["best-sellers"],
    serves: 8,
    ...cakeSizes("CEL-TCHOC", [40, 55, 72], [10, 8, 4]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#5b3222", "#3a1e14", "#c89b6d"] },
  }),
  cake({
    handle: "red-velvet-celebration-cake",
    title: "Red Velvet Celebration Cake",
    description:
      "Soft buttermilk sponge with a whisper of cocoa and that famous crimson crumb, sandwiched with tangy cream cheese frosting. Finished with red velvet crumbs around the top edge. The 8\" serves 14–16 and is our most-ordered anniversary cake.",
    serves: 8,
    ...cakeSizes("CEL-RVEL", [40, 55, 72], [8, 7, 3]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#a3182c", "#fbf1e6", "#d7263d"] },
  }),
  cake({
    handle: "lemon-elderflower-cake",
    title: "Lemon & Elderflower Cake",
    description:
      "Light lemon sponge brushed with elderflower syrup, layered with sharp homemade lemon curd and elderflower buttercream. Decorated with edible flowers for a garden-party finish. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-LELD", [42, 58, 76], [6, 5, 2]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f7e08a", "#fffbea", "#b9d98e"] },
  }),
  cake({
    handle: "strawberry-shortcake-layer-cake",
    title: "Strawberry Shortcake Layer Cake",
    description:
      "Cloud-soft vanilla chiffon layered with barely sweet Chantilly cream and a whole punnet of fresh, sliced strawberries. Light enough for a second slice. Best enjoyed the day you collect it; a 6\" serves 8.",
    collections: ["weekend-specials"],
    serves: 8,
    ...cakeSizes("CEL-STRAW", [42, 58, 76], [5, 4, 0]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f6e2bd", "#fff8f2", "#e8374f"] },
  }),
  cake({
    handle: "carrot-walnut-cake",
    title: "Carrot & Walnut Cake",
    description:
      "Moist, warmly spiced carrot sponge packed with toasted walnuts and a little orange zest, layered with thick cream cheese frosting. Topped with piped carrots and more walnuts. The 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-CARR", [40, 55, 72], [9, 6, 3]),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#d98a3d", "#fbf1e1", "#f28c28"] },
  }),
  cake({
    handle: "salted-caramel-chocolate-cake",
    title: "Salted Caramel Chocolate Cake",
    description:
      "Chocolate sponge layered with salted caramel buttercream and ribbons of our slow-cooked caramel, finished with a caramel drip and chocolate pearls. Sweet, salty and very hard to stop eating. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-SCCH", [42, 58, 76], [7, 5, 2]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#6a3b24", "#d9a05b", "#f3e1c2"] },
  }),
  cake({
    handle: "coconut-lime-cake",
    title: "Coconut & Lime Cake",
    description:
      "Coconut milk sponge filled with tangy lime curd, wrapped in coconut buttercream and pressed with toasted coconut flakes. Tastes like a holiday. The 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-COCL", [40, 55, 72], [5, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#fbf6ea", "#e3f1bf", "#7cbf3a"] },
  }),
  cake({
    handle: "black-forest-gateau",
    title: "Black Forest Gâteau",
    description:
      "Kirsch-soaked chocolate sponge layered with whipped cream and sour Morello cherries, covered in dark chocolate shavings and crowned with more cherries. A grown-up classic; a 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-BFOR", [42, 58, 76], [6, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#4a2619", "#fdf6ee", "#a3112e"] },
  }),
  cake({
    handle: "pistachio-raspberry-cake",
    title: "Pistachio & Raspberry Cake",
    description:
      "Nutty Sicilian pistachio sponge with raspberry jam and fresh raspberries, wrapped in pistachio Swiss meringue buttercream. Finished with chopped pistachios and freeze-dried raspberry. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-PIRA", [45, 62, 80], [5, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#b9cf8a", "#f4f0dc", "#d6245a"] },
  }),
  cake({
    handle: "funfetti-party-cake",
    title: "Funfetti Party Cake",
    description:
      "Vanilla sponge with rainbow sprinkles baked right into every layer, so each slice is a surprise. Covered in pastel pink buttercream and more sprinkles on top. Made for kids' parties; a 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-FUNF", [38, 52, 68], [10, 8, 4]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f9e7bf", "#ffd3e2", "#4cc9f0"] },
  }),
  cake({
    handle: "cookies-and-cream-cake",
    title: "Cookies & Cream Cake",
    description:
      "Dark chocolate sponge layered with vanilla buttercream studded with crushed chocolate sandwich cookies, then topped with whole cookies and a chocolate drip. Every child's favourite, and plenty of adults'. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-COOK", [40, 55, 72], [8, 6, 3]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#3a2a26", "#f7f4ef", "#1e1a19"] },
  }),
  cake({
    handle: "hummingbird-cake",
    title: "Hummingbird Cake",
    description:
      "A Southern favourite: banana and pineapple sponge with toasted pecans and warm cinnamon, layered with cream cheese frosting. Moist for days. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-HUMM", [40, 55, 72], [4, 3, 1]),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#e3b464", "#fbf2e3", "#8b5a2b"] },
  }),
  cake({
    handle: "chocolate-raspberry-truffle-cake",
    title: "Chocolate Raspberry Truffle Cake",
    description:
      "Rich chocolate sponge layered with raspberry preserve and silky dark chocolate truffle ganache, topped with fresh raspberries and gold leaf. Intense and elegant. A 6\" serves 10.",
    serves: 10,
    ...cakeSizes("CEL-CHRA", [44, 60, 78], [6, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#4e2a1e", "#2f1610", "#d81e5b"] },
  }),
  cake({
    handle: "earl-grey-lavender-cake",
    title: "Earl Grey & Lavender Cake",
    description:
      "Sponge infused with bergamot-scented Earl Grey tea, layered with honey and lavender buttercream. Delicate, floral and perfect with an afternoon cup. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-EGLA", [42, 58, 76], [4, 3, 1]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#cdb89a", "#ece3f5", "#9b7fc4"] },
  }),
  cake({
    handle: "tiramisu-layer-cake",
    title: "Tiramisu Layer Cake",
    description:
      "Vanilla sponge soaked in espresso and a splash of Marsala, layered with whipped mascarpone cream and dusted with cocoa. All the flavour of tiramisu in a cake that slices neatly. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-TIRA", [42, 58, 76], [5, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts", "soy"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#c59d6e", "#f5ebdc", "#6b4226"] },
  }),
  cake({
    handle: "banoffee-layer-cake",
    title: "Banoffee Layer Cake",
    description:
      "Brown-sugar banana sponge layered with dulce de leche and lightly whipped cream, finished with caramelised banana and a toffee drizzle. Like banoffee pie, only taller. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-BANO", [40, 55, 72], [5, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#e8c77a", "#c98a48", "#fdf5e6"] },
  }),
  cake({
    handle: "german-chocolate-cake",
    title: "German Chocolate Cake",
    description:
      "Tender milk chocolate sponge layered with the classic gooey coconut-pecan custard frosting and edged with chocolate buttercream. Rich, nutty and old-fashioned in the best way. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-GERM", [42, 58, 76], [4, 3, 1]),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#5a3420", "#b98a4e", "#e6d2a8"] },
  }),
  cake({
    handle: "blueberry-lemon-cake",
    title: "Blueberry Lemon Cake",
    description:
      "Lemon sponge studded with blueberries, layered with blueberry compote and lemon cream cheese frosting. Bright, fruity and a lovely soft lilac inside. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-BLLE", [42, 58, 76], [6, 4, 0]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f3e3a0", "#f1ecfa", "#4a5fc1"] },
  }),
  cake({
    handle: "mocha-hazelnut-cake",
    title: "Mocha Hazelnut Cake",
    description:
      "Espresso sponge layered with mocha buttercream and crunchy hazelnut praline, finished with a dark chocolate drip and whole toasted hazelnuts. A coffee lover's celebration. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizes("CEL-MOHA", [44, 60, 78], [5, 3, 2]),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#7a5238", "#c7a27c", "#3d2418"] },
  }),
  cake({
    handle: "naked-berry-cake",
    title: "Naked Berry Cake",
    description:
      "A rustic semi-naked cake in vanilla or lemon sponge, layered with vanilla buttercream and berry jam, then crowned with a tumble of fresh strawberries, raspberries and blueberries. Pretty enough for a small wedding. A 6\" serves 8–10.",
    serves: 8,
    ...cakeSizesAndFlavours("CEL-NAKD", [44, 60, 78], [
      { name: "Vanilla", code: "VAN", stock: [6, 5, 2] },
      { name: "Lemon", code: "LEM", stock: [4, 3, 1] },
    ]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f4dfb5", "#fffaf3", "#c2185b"] },
  }),
  cake({
    handle: "peanut-butter-chocolate-cake",
    title: "Peanut Butter Chocolate Cake",
    description:
      "Dark chocolate sponge layered with creamy peanut butter frosting and a salted chocolate ganache, topped with chopped roasted peanuts and peanut butter cups. Salty, sweet and seriously rich. A 6\" serves 10.",
    serves: 10,
    ...cakeSizes("CEL-PBCH", [42, 58, 76], [5, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "peanuts"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#5c3a22", "#d9a86c", "#3a2116"] },
  }),
]
