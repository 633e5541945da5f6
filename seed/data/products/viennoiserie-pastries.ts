import { packs, productsIn, type ProductInput } from "../helpers"

/**
 * Baked every morning from dough laminated the day before: no lead time.
 * The lamination room also makes almond and pistachio pastries, and
 * everything gets an egg wash.
 */
const pastry = productsIn("viennoiserie-pastries", { lead_time_hours: 0 })

export const products: ProductInput[] = [
  pastry({
    handle: "all-butter-croissant",
    title: "All-Butter Croissant",
    description:
      "Laminated over three days with cultured French-style butter for 27 crisp, honeycombed layers. Shatteringly flaky outside, soft and buttery within.",
    collections: ["best-sellers"],
    ...packs("VIE-CROI", [3.75, 21, 40], [60, 20, 10], 70),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "croissant", colours: ["#d9973f", "#f6d58f", "#fbeed3"] },
  }),
  pastry({
    handle: "pain-au-chocolat",
    title: "Pain au Chocolat",
    description:
      "Our croissant dough rolled around two batons of dark Belgian chocolate and baked until deep golden. The chocolate stays just soft in the middle.",
    ...packs("VIE-PAC", [4.25, 24, 46], [48, 16, 8], 80),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "croissant", colours: ["#cf8a3a", "#4a2618", "#f3d9a8"] },
  }),
  pastry({
    handle: "almond-croissant",
    title: "Almond Croissant",
    description:
      "Yesterday's croissant soaked in vanilla syrup, filled and topped with almond frangipane, scattered with flaked almonds and baked again. Dusted with powdered sugar; gloriously sticky.",
    collections: ["best-sellers"],
    ...packs("VIE-ALMC", [4.75, 27, 52], [36, 12, 6], 110),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: [] },
    dietary_tags: [],
    art: { shape: "croissant", colours: ["#d39447", "#f1dfbd", "#fdfaf3"] },
  }),
  pastry({
    handle: "ham-and-gruyere-croissant",
    title: "Ham & Gruyère Croissant",
    description:
      "A butter croissant filled with smoked ham, nutty aged Gruyère and a smear of Dijon béchamel, then baked until the cheese bubbles. A proper savoury breakfast.",
    ...packs("VIE-HAMG", [5.5, 31, 60], [24, 8, 4], 130),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "croissant", colours: ["#c98237", "#f2c46b", "#e8a0a0"] },
  }),
  pastry({
    handle: "pistachio-escargot",
    title: "Pistachio Escargot",
    description:
      "Croissant dough spread with pistachio cream and rolled into a snail, finished with a white chocolate drizzle and chopped pistachios. Vivid green, nutty and rich.",
    ...packs("VIE-PIES", [4.95, 28, 54], [18, 6, 3], 110),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts", "soy"], may_contain: [] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#cf9244", "#a9c27a", "#6d9a3a"] },
  }),
  pastry({
    handle: "cinnamon-roll",
    title: "Cinnamon Roll",
    description:
      "A big, soft brioche roll spiralled with brown sugar, cinnamon and butter, baked in a pan so the sides stay tender, then smothered in cream cheese icing while warm. Gooey in the middle and big enough to share (but nobody does).",
    collections: ["best-sellers"],
    ...packs("VIE-CINR", [4.5, 25, 48], [40, 12, 6], 140),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d19a5a", "#fbf3e6", "#8a4f25"] },
  }),
  pastry({
    handle: "cardamom-bun",
    title: "Cardamom Bun",
    description:
      "A Swedish-style knotted bun made from buttery laminated dough, filled with freshly ground cardamom butter and topped with pearl sugar. Fragrant and just sweet enough.",
    ...packs("VIE-CARD", [4.25, 24, 46], [30, 10, 5], 95),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "croissant", colours: ["#cd8f42", "#f0d7a8", "#fdfbf6"] },
  }),
  pastry({
    handle: "kouign-amann",
    title: "Kouign-Amann",
    description:
      "Breton butter cake: croissant dough laminated with sugar and salted butter, baked in a tin until the outside becomes a crackly caramel shell. Crunchy, flaky and buttery.",
    collections: ["weekend-specials"],
    ...packs("VIE-KOUI", [4.75, 27, 52], [20, 8, 0], 100),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "croissant", colours: ["#c47a2c", "#e9a94f", "#fbe3b0"] },
  }),
  pastry({
    handle: "pain-aux-raisins",
    title: "Pain aux Raisins",
    description:
      "Croissant dough spread with vanilla crème pâtissière and rum-soaked raisins, rolled into a spiral and glazed with apricot. A Parisian bakery classic.",
    ...packs("VIE-PRAI", [4.25, 24, 46], [22, 8, 4], 100),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d49846", "#f6e3b4", "#6b3a2a"] },
  }),
  pastry({
    handle: "raspberry-danish",
    title: "Raspberry Danish",
    description:
      "A flaky Danish pastry square folded around vanilla custard and topped with bright raspberry compote and a drizzle of lemon glaze. Tart, creamy and crisp.",
    ...packs("VIE-RADA", [4.5, 25, 48], [24, 8, 4], 95),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d69a4a", "#d81e5b", "#fdf4f0"] },
  }),
  pastry({
    handle: "apricot-danish",
    title: "Apricot Danish",
    description:
      "Buttery Danish pastry filled with vanilla custard and crowned with two roasted apricot halves, glazed until they shine. Sunny and not too sweet.",
    ...packs("VIE-APDA", [4.5, 25, 48], [20, 8, 4], 100),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d89844", "#f4a340", "#fbefd8"] },
  }),
  pastry({
    handle: "cream-cheese-danish",
    title: "Cream Cheese Danish",
    description:
      "A pinwheel of flaky pastry with a generous, lemon-scented sweet cream cheese centre, finished with a thin vanilla glaze. New York coffee shop style.",
    ...packs("VIE-CHDA", [4.25, 24, 46], [24, 8, 4], 95),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d99d4c", "#fbf4df", "#f2d074"] },
  }),
  pastry({
    handle: "blueberry-muffin",
    title: "Blueberry Muffin",
    description:
      "A tall, domed buttermilk muffin bursting with wild blueberries and topped with a crunchy lemon streusel. Moist for days, though it never lasts that long.",
    ...packs("VIE-BLMF", [3.95, 22, 42], [40, 12, 6], 130),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#e2b46e", "#e9c98f", "#4a4fa8"] },
  }),
  pastry({
    handle: "morning-glory-muffin",
    title: "Morning Glory Muffin",
    description:
      "A hearty wholemeal muffin packed with carrot, apple, raisins, coconut and walnuts, gently spiced with cinnamon. Breakfast and a snack in one.",
    ...packs("VIE-MGMF", [3.95, 22, 42], [24, 8, 4], 140),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: [] },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#b8773f", "#c99463", "#f08a2c"] },
  }),
  pastry({
    handle: "lemon-poppy-seed-muffin",
    title: "Lemon Poppy Seed Muffin",
    description:
      "Tender lemon muffin speckled with poppy seeds and soaked with a lemon syrup while still warm, then finished with a sharp lemon glaze. Zingy, moist and lovely with a morning coffee.",
    ...packs("VIE-LPMF", [3.95, 22, 42], [20, 8, 4], 125),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f1d57c", "#fdf6d8", "#2f2b2a"] },
  }),
  pastry({
    handle: "buttermilk-scone",
    title: "Buttermilk Scone",
    description:
      "A tall, flaky buttermilk scone with a golden top and soft, fluffy middle. Split it warm and pile on clotted cream and strawberry jam.",
    ...packs("VIE-SCON", [3.5, 19.5, 37], [30, 10, 5], 90),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#e3b673", "#fbf1dc", "#d81e5b"] },
  }),
  pastry({
    handle: "cheddar-chive-scone",
    title: "Cheddar & Chive Scone",
    description:
      "A savoury scone loaded with sharp aged cheddar and fresh chives, with a crispy cheese crust on top. Excellent alongside soup or simply with butter.",
    ...packs("VIE-CHSC", [3.75, 21, 40], [22, 8, 4], 100),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#dba95e", "#f2c14e", "#4f8a3a"] },
  }),
  pastry({
    handle: "chocolate-eclair",
    title: "Chocolate Éclair",
    description:
      "Crisp choux pastry piped long, filled with rich chocolate crème pâtissière and glazed with glossy dark chocolate fondant. Elegant, and gone in four bites.",
    ...packs("VIE-ECLA", [4.75, 27, 52], [24, 8, 4], 85),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#d9a35c", "#3e2015", "#fbf3e6"] },
  }),
  pastry({
    handle: "vanilla-cream-puff",
    title: "Vanilla Cream Puff",
    description:
      "A golden craquelin-topped choux bun filled to bursting with Madagascan vanilla diplomat cream and dusted with powdered sugar. Light as air.",
    ...packs("VIE-CRPF", [4.25, 24, 46], [24, 8, 4], 75),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#dba45a", "#fdf8ec", "#f3e7cf"] },
  }),
  pastry({
    handle: "palmier",
    title: "Palmier",
    description:
      "Puff pastry folded with sugar into a heart shape and baked until caramelised and crisp. Simple, buttery and perfect with an espresso.",
    ...packs("VIE-PALM", [3, 16.5, 30], [30, 12, 6], 45),
    allergens: { contains: ["milk", "wheat"], may_contain: ["egg", "tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d8974a", "#f2c27a", "#fbe6bc"] },
  }),
  pastry({
    handle: "spinach-and-feta-twist",
    title: "Spinach & Feta Twist",
    description:
      "Flaky puff pastry twisted around a filling of spinach, crumbled feta, dill and spring onion, finished with nigella seeds. A satisfying savoury bite on the go.",
    ...packs("VIE-SPFE", [4.75, 27, 52], [20, 8, 4], 120),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts", "sesame"] },
    dietary_tags: [],
    art: { shape: "croissant", colours: ["#cf9247", "#5c8f3a", "#fbf6ee"] },
  }),
  pastry({
    handle: "orange-morning-bun",
    title: "Orange Morning Bun",
    description:
      "Croissant dough rolled with orange zest, cinnamon and brown sugar, baked in a muffin tin and tossed in orange sugar while still hot. Crunchy, citrusy and very popular.",
    collections: ["weekend-specials"],
    ...packs("VIE-MORN", [4.5, 25, 48], [24, 8, 4], 95),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#d5913f", "#f3a53c", "#fdf0cf"] },
  }),
]
