import { CHEESECAKE_GRAMS, cakeSizes, productsIn, type ProductInput } from "../helpers"

/**
 * Baked cheesecakes need a night in the fridge: 24 h lead time.
 * `serves` is for the 6" (8 slices); an 8" serves 12–14 and a 10" 18–20.
 */
const cheesecake = productsIn("cheesecakes", { lead_time_hours: 24 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  cheesecake({
    handle: "new-york-cheesecake",
    title: "New York Cheesecake",
    description:
      "Tall, dense and creamy, made with full-fat cream cheese, sour cream and a hint of lemon on a buttery graham cracker crust. Slow-baked in a water bath so it never cracks. A 6\" serves 8.",
    collections: ["best-sellers"],
    serves: 8,
    ...cakeSizes("CHC-NY", [34, 48, 64], [10, 8, 4], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#f8e9c8", "#f3d9a0", "#e8b96a"] },
  }),
  cheesecake({
    handle: "strawberry-cheesecake",
    title: "Strawberry Cheesecake",
    description:
      "Our New York cheesecake topped with a glossy layer of fresh strawberries in strawberry glaze. Creamy, fruity and a picnic favourite; a 6\" serves 8.",
    serves: 8,
    ...cakeSizes("CHC-STRW", [36, 50, 66], [8, 6, 3], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#f8ead0", "#e23a55", "#ff8aa1"] },
  }),
  cheesecake({
    handle: "blueberry-swirl-cheesecake",
    title: "Blueberry Swirl Cheesecake",
    description:
      "Vanilla cheesecake marbled with tangy wild blueberry compote and finished with whole blueberries. Beautiful purple ripples in every slice; a 6\" serves 8.",
    serves: 8,
    ...cakeSizes("CHC-BLUE", [36, 50, 66], [6, 5, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#f6ead7", "#5a4fa8", "#3b3f8f"] },
  }),
  cheesecake({
    handle: "salted-caramel-cheesecake",
    title: "Salted Caramel Cheesecake",
    description:
      "Brown sugar cheesecake on a biscuit base, covered with a thick layer of our salted caramel and a sprinkle of sea salt. Rich, creamy and slightly smoky; a 6\" serves 8.",
    serves: 8,
    ...cakeSizes("CHC-SCAR", [36, 50, 66], [8, 6, 3], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#f3e0bd", "#c47d32", "#fdf6ea"] },
  }),
  cheesecake({
    handle: "triple-chocolate-cheesecake",
    title: "Triple Chocolate Cheesecake",
    description:
      "A chocolate cookie crust, dark chocolate cheesecake and a mirror-shine ganache top, finished with white chocolate curls. Intensely chocolatey; a 6\" serves 10.",
    serves: 10,
    ...cakeSizes("CHC-TCHO", [38, 52, 68], [6, 5, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#6b4031", "#2e1710", "#fbf3e6"] },
  }),
  cheesecake({
    handle: "lemon-curd-cheesecake",
    title: "Lemon Curd Cheesecake",
    description:
      "Light, tangy lemon cheesecake on a crunchy gingernut base, topped with a layer of sharp homemade lemon curd and candied zest. Sunny and refreshing; a 6\" serves 8.",
    serves: 8,
    ...cakeSizes("CHC-LEMN", [36, 50, 66], [6, 4, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#fbf0d2", "#f6d442", "#f2a81d"] },
  }),
  cheesecake({
    handle: "basque-burnt-cheesecake",
    title: "Basque Burnt Cheesecake",
    description:
      "The San Sebastián favourite: crustless, baked very hot until the outside is deeply caramelised and the centre stays soft and custardy. Bittersweet, creamy and rustic; a 6\" serves 8.",
    collections: ["weekend-specials"],
    serves: 8,
    ...cakeSizes("CHC-BASQ", [36, 50, 66], [8, 5, 0], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#f2dcb2", "#7a3e1c", "#b8692d"] },
  }),
  cheesecake({
    handle: "pumpkin-spice-cheesecake",
    title: "Pumpkin Spice Cheesecake",
    description:
      "Spiced pumpkin cheesecake on a gingersnap crust, topped with maple whipped cream and a dusting of cinnamon. Autumn's favourite dessert; a 6\" serves 8.",
    collections: ["seasonal"],
    serves: 8,
    ...cakeSizes("CHC-PUMP", [36, 50, 66], [6, 4, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#e8a35a", "#fdf1de", "#b5652a"] },
  }),
  cheesecake({
    handle: "raspberry-white-chocolate-cheesecake",
    title: "Raspberry White Chocolate Cheesecake",
    description:
      "Creamy white chocolate cheesecake rippled with fresh raspberry coulis, topped with raspberries and white chocolate shards. Sweet, sharp and very pink; a 6\" serves 8.",
    serves: 8,
    ...cakeSizes("CHC-RAWC", [38, 52, 68], [6, 4, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#fbf1e4", "#e0446a", "#c2185b"] },
  }),
  cheesecake({
    handle: "cookies-and-cream-cheesecake",
    title: "Cookies & Cream Cheesecake",
    description:
      "Vanilla cheesecake packed with chunks of chocolate sandwich cookies on a crushed-cookie crust, topped with whipped cream and more cookies. A kids' party hit; a 6\" serves 8.",
    serves: 8,
    ...cakeSizes("CHC-COCR", [36, 50, 66], [6, 5, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#f4efe8", "#2b2220", "#fdfbf7"] },
  }),
  cheesecake({
    handle: "mango-passion-fruit-cheesecake",
    title: "Mango & Passion Fruit Cheesecake",
    description:
      "A light, set vanilla cheesecake on a coconut biscuit base, topped with a shiny mango and passion fruit jelly, seeds and all. Tropical and tangy; a 6\" serves 8.",
    serves: 8,
    ...cakeSizes("CHC-MAPF", [38, 52, 68], [5, 4, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "wheat"], may_contain: ["egg", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#fbefd6", "#f5a623", "#5a3a1a"] },
  }),
  cheesecake({
    handle: "turtle-cheesecake",
    title: "Turtle Cheesecake",
    description:
      "Vanilla cheesecake on a chocolate crust, topped with gooey caramel, toasted pecans and a drizzle of dark chocolate. A rich American classic; a 6\" serves 10.",
    serves: 10,
    ...cakeSizes("CHC-TURT", [38, 52, 68], [5, 4, 2], CHEESECAKE_GRAMS),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#f6e6c6", "#b06a2a", "#5a3220"] },
  }),
]
