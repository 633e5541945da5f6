import { cupSizes, oneOption, productsIn, single, type ProductInput } from "../helpers"

/**
 * Made at the counter or taken off the shelf: no lead time. The coffee bar
 * handles no nuts (we offer oat milk, not almond). Candles and cards are not
 * food, so they carry no allergens and no dietary tags.
 */
const extra = productsIn("drinks-extras", { lead_time_hours: 0 })

export const products: ProductInput[] = [
  extra({
    handle: "house-drip-coffee",
    title: "House Drip Coffee",
    description:
      "Our house blend from a local roaster, brewed fresh every half hour: chocolatey and nutty-tasting with a gentle brightness. Black, or with a splash of milk at the counter.",
    ...cupSizes("DRK-DRIP", [3, 3.5]),
    allergens: { contains: [], may_contain: [] },
    dietary_tags: ["vegan", "gluten_free", "nut_free"],
    art: { shape: "cup", colours: ["#fbf6ee", "#8a5a3b", "#4a2a1c"] },
  }),
  extra({
    handle: "cafe-latte",
    title: "Café Latte",
    description:
      "A double shot of espresso with silky steamed whole milk and a thin layer of microfoam, poured with a little latte art. Ask for oat milk at no extra charge.",
    ...cupSizes("DRK-LATT", [4.75, 5.25]),
    allergens: { contains: ["milk"], may_contain: [] },
    dietary_tags: ["gluten_free", "nut_free"],
    art: { shape: "cup", colours: ["#f2e6d4", "#c79a6b", "#a8713f"] },
  }),
  extra({
    handle: "rich-hot-chocolate",
    title: "Rich Hot Chocolate",
    description:
      "Real 54% dark chocolate melted into steamed whole milk, topped with whipped cream and chocolate shavings. Thick, velvety and very comforting.",
    ...cupSizes("DRK-HOTC", [4.5, 5]),
    allergens: { contains: ["milk", "soy"], may_contain: [] },
    dietary_tags: ["gluten_free", "nut_free"],
    art: { shape: "cup", colours: ["#d8474f", "#fbf3ea", "#5a3323"] },
  }),
  extra({
    handle: "masala-chai-latte",
    title: "Masala Chai Latte",
    description:
      "Assam tea simmered with our own blend of cardamom, cinnamon, ginger, clove and black pepper, then topped with steamed milk. Warming, fragrant and lightly sweet.",
    ...cupSizes("DRK-CHAI", [4.75, 5.25]),
    allergens: { contains: ["milk"], may_contain: [] },
    dietary_tags: ["gluten_free", "nut_free"],
    art: { shape: "cup", colours: ["#2f6f73", "#f3e2cc", "#c08552"] },
  }),
  extra({
    handle: "fresh-squeezed-lemonade",
    title: "Fresh-Squeezed Lemonade",
    description:
      "Squeezed to order from whole lemons with a little cane sugar and a sprig of mint, served over ice. Tart, bright and the perfect partner for a brownie.",
    ...cupSizes("DRK-LEMO", [3.75, 4.25]),
    allergens: { contains: [], may_contain: [] },
    dietary_tags: ["vegan", "gluten_free", "nut_free"],
    art: { shape: "cup", colours: ["#fdf8e4", "#f7d64a", "#8cc63f"] },
  }),
  extra({
    handle: "striped-birthday-candles",
    title: "Striped Birthday Candles",
    description:
      "A pack of 24 slim, spiral-striped candles in pastel colours, each burning for about ten minutes. Comes with 12 little holders to keep the wax off your frosting. Not edible.",
    ...single("DRK-CAND", "Pack of 24", 3.5, 60, 60, "Pack"),
    allergens: { contains: [], may_contain: [] },
    dietary_tags: [],
    art: { shape: "candle", colours: ["#fdfaf4", "#f48fb1", "#8ecae6"] },
  }),
  extra({
    handle: "gold-number-candle",
    title: "Gold Number Candle",
    description:
      "A 3-inch glittering gold number candle to top off a birthday or anniversary cake. Pick a digit, or add two for the big ones. Not edible.",
    ...oneOption(
      "DRK-NUMC",
      "Number",
      ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].map((digit) => ({
        value: digit,
        suffix: digit,
        price: 2.5,
        grams: 30,
        stock: digit === "7" ? 0 : 20,
      })),
    ),
    allergens: { contains: [], may_contain: [] },
    dietary_tags: [],
    art: { shape: "candle", colours: ["#e6b422", "#fff3c4", "#f2994a"] },
  }),
  extra({
    handle: "illustrated-greeting-card",
    title: "Illustrated Greeting Card",
    description:
      "A blank-inside card illustrated by a local artist and printed on recycled stock, with a kraft envelope. Write a message at checkout and we'll hand-write it for you and tuck it in with your order.",
    inscription_max_length: 40,
    ...oneOption("DRK-CARD", "Design", [
      { value: "Happy birthday", suffix: "BDAY", price: 4.5, grams: 40, stock: 30 },
      { value: "Congratulations", suffix: "CONG", price: 4.5, grams: 40, stock: 18 },
      { value: "Thank you", suffix: "THNK", price: 4.5, grams: 40, stock: 22 },
      { value: "With love", suffix: "LOVE", price: 4.5, grams: 40, stock: 0 },
    ]),
    allergens: { contains: [], may_contain: [] },
    dietary_tags: [],
    art: { shape: "card", colours: ["#fdf6ec", "#f48fb1", "#f2c230"] },
  }),
]
