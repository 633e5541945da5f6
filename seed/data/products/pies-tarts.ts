import { productsIn, single, type ProductInput } from "../helpers"

/** Whole pies and tarts, baked the day before collection. */
const pie = productsIn("pies-tarts", { lead_time_hours: 24 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  pie({
    handle: "classic-apple-pie",
    title: "Classic Apple Pie",
    description:
      "A double-crust, all-butter pie piled high with Granny Smith and Honeycrisp apples, cinnamon, nutmeg and a little brown sugar, finished with a sparkling sugar crust. A 9\" pie that serves 8.",
    collections: ["best-sellers"],
    serves: 8,
    ...single("PIE-APPL", '9" pie', 32, 1400, 14),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d9a35a", "#e8c27a", "#b8742f"] },
  }),
  pie({
    handle: "sour-cherry-lattice-pie",
    title: "Sour Cherry Lattice Pie",
    description:
      "Tart Montmorency cherries with a touch of almond extract and vanilla under a hand-woven butter lattice. Jammy, bright and beautiful. A 9\" pie serves 8.",
    serves: 8,
    ...single("PIE-CHER", '9" pie', 34, 1400, 8),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#dba75f", "#9e1230", "#e9c284"] },
  }),
  pie({
    handle: "bourbon-pecan-pie",
    title: "Bourbon Pecan Pie",
    description:
      "A buttery crust filled with a rich brown sugar and maple custard, a splash of bourbon and a thick layer of toasted pecan halves. Sweet, nutty and decadent; a 9\" pie serves 10.",
    serves: 10,
    ...single("PIE-PECN", '9" pie', 36, 1300, 10),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d39a55", "#6e3a17", "#a8602a"] },
  }),
  pie({
    handle: "key-lime-pie",
    title: "Key Lime Pie",
    description:
      "A crunchy graham cracker crust filled with silky, tangy key lime custard and topped with whipped cream and lime zest. Cool, creamy and refreshing; serves 8.",
    serves: 8,
    ...single("PIE-KLIM", '9" pie', 30, 1200, 10),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d2a66a", "#e3efb0", "#7cbf3a"] },
  }),
  pie({
    handle: "lemon-meringue-pie",
    title: "Lemon Meringue Pie",
    description:
      "Crisp shortcrust filled with a sharp, wobbly lemon curd and piled with billowing toasted Italian meringue. The perfect balance of tart and sweet; serves 8.",
    serves: 8,
    ...single("PIE-LMER", '9" pie', 32, 1300, 8),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#dcae6c", "#f6d64e", "#fff7e8"] },
  }),
  pie({
    handle: "chocolate-cream-pie",
    title: "Chocolate Cream Pie",
    description:
      "A chocolate cookie crust filled with smooth dark chocolate pudding and topped with clouds of vanilla whipped cream and chocolate shavings. Nostalgic diner dessert; serves 8.",
    serves: 8,
    ...single("PIE-CHOC", '9" pie', 32, 1200, 8),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#4a2a1c", "#3a1f14", "#fbf5ec"] },
  }),
  pie({
    handle: "banoffee-pie",
    title: "Banoffee Pie",
    description:
      "A buttery digestive biscuit base layered with thick homemade toffee, sliced bananas and whipped cream, finished with dark chocolate shavings. Serves 8.",
    serves: 8,
    ...single("PIE-BANO", '9" pie', 30, 1200, 10),
    allergens: { contains: ["milk", "wheat", "soy"], may_contain: ["egg", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#c99a5e", "#fdf6e6", "#f2d36b"] },
  }),
  pie({
    handle: "wild-blueberry-pie",
    title: "Wild Blueberry Pie",
    description:
      "Small, intensely flavoured Maine wild blueberries with lemon and a hint of cinnamon under a golden double crust with star cut-outs. Serves 8, best with vanilla ice cream.",
    serves: 8,
    ...single("PIE-BLUE", '9" pie', 34, 1400, 8),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d9a55d", "#3b3f8f", "#e8c387"] },
  }),
  pie({
    handle: "strawberry-rhubarb-pie",
    title: "Strawberry Rhubarb Pie",
    description:
      "Sweet strawberries and tangy forced rhubarb under a lattice crust sprinkled with demerara sugar. The first sign of spring at the bakery; serves 8.",
    serves: 8,
    ...single("PIE-STRH", '9" pie', 34, 1400, 0),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#dba75f", "#d8344f", "#e9c284"] },
  }),
  pie({
    handle: "tarte-tatin",
    title: "Tarte Tatin",
    description:
      "Apples slowly caramelised in butter and sugar, baked under puff pastry and turned out upside down so the fruit glistens on top. Serve warm with crème fraîche; serves 6–8.",
    serves: 6,
    ...single("PIE-TATN", '9" tart', 30, 1100, 6),
    allergens: { contains: ["milk", "wheat"], may_contain: ["egg", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#b96a2a", "#d8893a", "#f3c27a"] },
  }),
  pie({
    handle: "tarte-au-citron",
    title: "Tarte au Citron",
    description:
      "A crisp, sweet pâte sucrée shell filled with a smooth, intensely lemony cream, finished with a brûléed top. Classic French pâtisserie; a 10\" tart serves 10.",
    serves: 10,
    ...single("PIE-CITR", '10" tart', 30, 1000, 10),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#e2b46e", "#f7dc5a", "#c98a2c"] },
  }),
  pie({
    handle: "chocolate-salted-caramel-tart",
    title: "Chocolate Salted Caramel Tart",
    description:
      "A cocoa pastry shell with a layer of soft salted caramel under silky dark chocolate ganache, finished with flakes of sea salt. Small slices go a long way; serves 12.",
    serves: 12,
    ...single("PIE-CSCT", '10" tart', 34, 1100, 10),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#4a2a1c", "#2e1710", "#d9a05b"] },
  }),
  pie({
    handle: "fresh-fruit-tart",
    title: "Fresh Fruit Tart",
    description:
      "Buttery pâte sucrée filled with vanilla bean crème pâtissière and arranged with glazed strawberries, kiwi, blueberries, raspberries and mango. A showstopper that serves 10.",
    collections: ["weekend-specials"],
    serves: 10,
    ...single("PIE-FRUT", '10" tart', 36, 1200, 6),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#dcae6c", "#fbeed0", "#e8374f"] },
  }),
  pie({
    handle: "pear-almond-frangipane-tart",
    title: "Pear & Almond Frangipane Tart",
    description:
      "Poached pears fanned over a rich almond frangipane in a sweet pastry case, baked until golden and glazed with apricot. Elegant with a dollop of cream; serves 10.",
    serves: 10,
    ...single("PIE-PEAR", '10" tart', 34, 1200, 6),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d9a35a", "#ecd08c", "#c9d36a"] },
  }),
  pie({
    handle: "quiche-lorraine",
    title: "Quiche Lorraine",
    description:
      "A deep, flaky butter crust filled with a silky egg and cream custard, smoky bacon lardons and nutty Gruyère. Lovely warm or at room temperature; serves 6–8.",
    serves: 6,
    ...single("PIE-QLOR", '9" quiche', 28, 1300, 8),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d6a15c", "#f3d58a", "#c0504a"] },
  }),
  pie({
    handle: "spiced-pumpkin-pie",
    title: "Spiced Pumpkin Pie",
    description:
      "Velvety roasted pumpkin custard spiced with cinnamon, ginger, nutmeg and clove in a flaky all-butter crust. Made from September to Thanksgiving; serves 8.",
    collections: ["seasonal"],
    serves: 8,
    ...single("PIE-PUMP", '9" pie', 30, 1300, 12),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#d7a25e", "#d9782d", "#fdf3e2"] },
  }),
]
