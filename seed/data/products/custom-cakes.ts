import { cakeSizes, oneOption, productsIn, type ProductInput } from "../helpers"

/**
 * Designed with the customer, so we need three days' notice. Stock is the
 * number of design slots left this week.
 */
const custom = productsIn("custom-cakes", { lead_time_hours: 72, inscription_max_length: 40 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  custom({
    handle: "custom-birthday-cake",
    title: "Custom Birthday Cake",
    description:
      "Tell us the theme, the colours and their favourite flavour, and our decorators will design a one-of-a-kind buttercream cake with hand-piped details, sprinkles or sugar flowers. Choose from vanilla, chocolate, red velvet or lemon sponge. A 6\" serves 8–10, an 8\" 14–16 and a 10\" up to 28.",
    serves: 8,
    ...cakeSizes("CUS-BDAY", [65, 85, 110], [6, 5, 3]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f6dfa9", "#cfe8f7", "#7b4a9e"] },
  }),
  custom({
    handle: "two-tier-celebration-cake",
    title: "Two-Tier Celebration Cake",
    description:
      "A showpiece two-tier cake for milestone birthdays, christenings and engagements, finished in smooth buttercream with fresh or sugar flowers. Each tier can be a different flavour. The 6\" + 8\" serves 30; the 8\" + 10\" serves 50.",
    serves: 30,
    ...oneOption("CUS-2TIER", "Tiers", [
      { value: '6" + 8"', suffix: "0608", price: 195, grams: 3200, stock: 3 },
      { value: '8" + 10"', suffix: "0810", price: 285, grams: 5000, stock: 2 },
    ]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f4e3c0", "#fdf7f2", "#e79bb4"] },
  }),
  custom({
    handle: "three-tier-wedding-cake",
    title: "Three-Tier Wedding Cake",
    description:
      "Your wedding cake, designed with you over a quick design call: three tiers in your choice of flavours, finished in buttercream or fondant and decorated with fresh flowers, lace piping or gold leaf. Delivered and set up at your venue. Serves 75 or 110.",
    serves: 75,
    ...oneOption("CUS-WEDD", "Tiers", [
      { value: '6" + 8" + 10"', suffix: "060810", price: 395, grams: 6500, stock: 2 },
      { value: '8" + 10" + 12"', suffix: "081012", price: 545, grams: 9500, stock: 1 },
    ]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#fbf3e4", "#fffdf8", "#d9b36c"] },
  }),
  custom({
    handle: "photo-print-cake",
    title: "Photo Print Cake",
    description:
      "Vanilla or chocolate sponge topped with your favourite photo printed on edible sugar paper, framed with piped buttercream borders. Upload the photo after checkout. An 8\" serves 14–16, a 10\" up to 28.",
    serves: 14,
    ...oneOption("CUS-PHOT", "Size", [
      { value: '8"', suffix: "08", price: 62, grams: 1900, stock: 6 },
      { value: '10"', suffix: "10", price: 80, grams: 3000, stock: 4 },
    ]),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f4dba8", "#fffaf2", "#4cc9f0"] },
  }),
  custom({
    handle: "number-cream-tart",
    title: "Number Cream Tart",
    description:
      "Two layers of crisp vanilla sugar-cookie pastry cut into the number or letter of your choice, piped with vanilla mascarpone cream and decorated with fresh berries, macarons and edible flowers. One character serves 12; two serve 24.",
    serves: 12,
    ...oneOption("CUS-NUMB", "Characters", [
      { value: "One character", suffix: "1", price: 58, grams: 1400, stock: 5 },
      { value: "Two characters", suffix: "2", price: 105, grams: 2800, stock: 3 },
    ]),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#efcf98", "#fff7ef", "#e8374f"] },
  }),
  custom({
    handle: "first-birthday-smash-cake",
    title: "First Birthday Smash Cake",
    description:
      "A little 4\" vanilla cake with lightly sweetened whipped-cream frosting in colours to match the party, made for tiny hands to smash. Add a matching 6\" party cake for the grown-ups (serves 8–10).",
    serves: 2,
    ...oneOption("CUS-SMSH", "Size", [
      { value: '4" smash cake', suffix: "04", price: 32, grams: 450, stock: 6 },
      { value: '4" smash cake + 6" party cake', suffix: "0406", price: 85, grams: 1550, stock: 4 },
    ]),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#f7e3b5", "#ffd6e4", "#8ecae6"] },
  }),
]
