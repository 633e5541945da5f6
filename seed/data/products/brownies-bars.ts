import { packs, productsIn, type ProductInput } from "../helpers"

/** Traybakes are cut fresh each morning; ~95 g a square. */
const bar = productsIn("brownies-bars", { lead_time_hours: 0 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  bar({
    handle: "fudgy-dark-chocolate-brownie",
    title: "Fudgy Dark Chocolate Brownie",
    description:
      "Dense, gooey brownie made with 70% dark chocolate, cocoa and brown butter, with that shiny crackled top everyone fights over. A generous 3-inch square.",
    collections: ["best-sellers"],
    ...packs("BAR-FDGE", [4.25, 24, 45], [48, 16, 8], 95),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#4a2a1c", "#2d180f", "#8c5b3e"] },
  }),
  bar({
    handle: "salted-caramel-brownie",
    title: "Salted Caramel Brownie",
    description:
      "Our dark chocolate brownie rippled with thick ribbons of homemade salted caramel and finished with flaky sea salt. Gooey, sticky and rich.",
    ...packs("BAR-SCAR", [4.5, 25, 47], [36, 12, 6], 100),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#4d2c1d", "#c98a48", "#f3e6cf"] },
  }),
  bar({
    handle: "walnut-brownie",
    title: "Walnut Brownie",
    description:
      "The old-school brownie: fudgy dark chocolate with plenty of toasted walnuts for crunch and a slightly bitter edge. Just like the one from your grandmother's recipe box.",
    ...packs("BAR-WALN", [4.25, 24, 45], [20, 8, 4], 95),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#4a2a1c", "#3a1f14", "#b08454"] },
  }),
  bar({
    handle: "raspberry-cheesecake-brownie",
    title: "Raspberry Cheesecake Brownie",
    description:
      "Fudgy brownie marbled with vanilla cheesecake and swirls of fresh raspberry, baked until just set. Tangy, creamy and chocolatey in every bite.",
    collections: ["weekend-specials"],
    ...packs("BAR-RACH", [4.75, 26, 49], [18, 6, 0], 105),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#4a2a1c", "#f7ede2", "#d81e5b"] },
  }),
  bar({
    handle: "peanut-butter-swirl-brownie",
    title: "Peanut Butter Swirl Brownie",
    description:
      "Dark chocolate brownie with salty peanut butter swirled through the top before baking. Like a peanut butter cup, only fudgier.",
    ...packs("BAR-PBSW", [4.5, 25, 47], [22, 8, 4], 100),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "peanuts"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#4a2a1c", "#d9a86c", "#f1d8ad"] },
  }),
  bar({
    handle: "white-chocolate-blondie",
    title: "White Chocolate Blondie",
    description:
      "Chewy brown-butter blondie with caramelised white chocolate and a hint of vanilla, baked golden at the edges. Butterscotchy and very moreish.",
    ...packs("BAR-BLON", [4.25, 24, 45], [24, 8, 4], 95),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#dcae6a", "#f4e2bf", "#fdf8ee"] },
  }),
  bar({
    handle: "smores-brownie",
    title: "S'mores Brownie",
    description:
      "A buttery graham cracker base, fudgy milk chocolate brownie in the middle and a layer of toasted marshmallow on top. Gooey, messy and worth it.",
    ...packs("BAR-SMOR", [4.75, 26, 49], [16, 6, 3], 110),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#55301f", "#fbf0dd", "#d2a064"] },
  }),
  bar({
    handle: "lemon-bar",
    title: "Lemon Bar",
    description:
      "A crisp butter shortbread base topped with a silky, sharp lemon curd made with fresh lemons and eggs, dusted with powdered sugar. Sunshine on a plate.",
    ...packs("BAR-LEMN", [4, 22.5, 42], [24, 8, 4], 90),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#f3d9a0", "#f7d64a", "#fffdf7"] },
  }),
  bar({
    handle: "millionaires-shortbread",
    title: "Millionaire's Shortbread",
    description:
      "Three indulgent layers: buttery shortbread, thick golden caramel and a snap of milk chocolate on top. A Scottish tearoom classic, cut into neat squares.",
    ...packs("BAR-MILL", [4.25, 24, 45], [30, 10, 6], 85),
    allergens: { contains: ["milk", "wheat", "soy"], may_contain: ["egg", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#e7c27f", "#c98a3c", "#5a3220"] },
  }),
  bar({
    handle: "seven-layer-magic-bar",
    title: "Seven-Layer Magic Bar",
    description:
      "Graham cracker crust layered with chocolate chips, butterscotch chips, coconut and pecans, all bound together with sweetened condensed milk. Chewy, crunchy and gloriously sweet.",
    ...packs("BAR-MAGC", [4.5, 25, 47], [18, 6, 3], 95),
    allergens: { contains: ["milk", "wheat", "soy", "tree_nuts"], may_contain: ["egg", "peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#c08a4e", "#5a3423", "#f3ead8"] },
  }),
  bar({
    handle: "rocky-road-bar",
    title: "Rocky Road Bar",
    description:
      "Chunks of butter biscuit, mini marshmallows, glacé cherries and toasted almonds set in milk and dark chocolate. No baking, all fun.",
    ...packs("BAR-ROCK", [4.25, 24, 45], [22, 8, 4], 90),
    allergens: { contains: ["milk", "wheat", "soy", "tree_nuts"], may_contain: ["egg", "peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#5a3423", "#fbeef0", "#d2304a"] },
  }),
  bar({
    handle: "pecan-pie-bar",
    title: "Pecan Pie Bar",
    description:
      "All-butter shortbread topped with a gooey brown sugar and maple custard packed with toasted pecans. Everything you love about pecan pie, in a handheld square.",
    ...packs("BAR-PECN", [4.75, 26, 49], [16, 6, 3], 100),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#e2bb7c", "#8a4b22", "#6b3518"] },
  }),
  bar({
    handle: "golden-oat-flapjack",
    title: "Golden Oat Flapjack",
    description:
      "Chewy British flapjack made from jumbo rolled oats, butter, golden syrup and a little brown sugar, baked until the edges caramelise. Filling, simple and great with a cup of tea.",
    ...packs("BAR-FLAP", [3.5, 19.5, 36], [26, 10, 5], 85),
    allergens: { contains: ["milk"], may_contain: ["wheat", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#d9ac62", "#f0d296", "#a8742f"] },
  }),
  bar({
    handle: "raspberry-crumble-bar",
    title: "Raspberry Crumble Bar",
    description:
      "A buttery oat shortbread base spread with raspberry jam and fresh raspberries, finished with a brown sugar crumble. Jammy, crumbly and a bit old-fashioned.",
    ...packs("BAR-RACR", [4, 22.5, 42], [20, 8, 4], 90),
    allergens: { contains: ["milk", "wheat"], may_contain: ["egg", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#e6c088", "#c2185b", "#f4e3c3"] },
  }),
]
