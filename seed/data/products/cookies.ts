import { boxes, packs, productsIn, single, type ProductInput } from "../helpers"

/** Cookies are baked all day: on the shelf now unless they need decorating. ~85 g each. */
const cookie = productsIn("cookies", { lead_time_hours: 0 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  cookie({
    handle: "brown-butter-chocolate-chip-cookie",
    title: "Brown Butter Chocolate Chip Cookie",
    description:
      "Our signature cookie: nutty brown butter, dark muscovado sugar and pools of 54% chocolate, with crisp edges, a chewy middle and a pinch of sea salt on top. About 4 inches across.",
    collections: ["best-sellers"],
    ...packs("CKY-BBCC", [3.25, 18, 33], [60, 20, 10], 90),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d39a55", "#3d2014", "#f5efe6"] },
  }),
  cookie({
    handle: "double-chocolate-sea-salt-cookie",
    title: "Double Chocolate Sea Salt Cookie",
    description:
      "A fudgy, brownie-like cocoa cookie loaded with dark and milk chocolate chunks and finished with flaky Maldon salt. Best eaten slightly warm.",
    ...packs("CKY-DCSS", [3.25, 18, 33], [44, 16, 8], 90),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#4f2b1c", "#2a150d", "#f4f1ea"] },
  }),
  cookie({
    handle: "oatmeal-raisin-cookie",
    title: "Oatmeal Raisin Cookie",
    description:
      "Chewy rolled-oat cookie with plump rum-soaked raisins (the alcohol bakes off), cinnamon and a hint of nutmeg. Old-fashioned and quietly addictive.",
    ...packs("CKY-OATR", [3, 16.5, 30], [30, 12, 6], 85),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#c99a62", "#5a2e3a", "#e9d7b5"] },
  }),
  cookie({
    handle: "white-chocolate-macadamia-cookie",
    title: "White Chocolate Macadamia Cookie",
    description:
      "Buttery vanilla cookie with big chunks of creamy white chocolate and roasted macadamia nuts. Crunchy, chewy and rich.",
    ...packs("CKY-WCMA", [3.5, 19.5, 36], [28, 10, 5], 90),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#e0b67a", "#fbf4e4", "#d9c09a"] },
  }),
  cookie({
    handle: "peanut-butter-cookie",
    title: "Peanut Butter Cookie",
    description:
      "Soft-baked cookie made with plenty of roasted peanut butter, pressed with the classic fork criss-cross and rolled in demerara sugar for crunch. Nutty, salty-sweet and soft in the middle.",
    ...packs("CKY-PB", [3, 16.5, 30], [32, 12, 6], 85),
    allergens: { contains: ["milk", "egg", "wheat", "peanuts"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d9a05b", "#b57a3c", "#f3e0b8"] },
  }),
  cookie({
    handle: "snickerdoodle",
    title: "Snickerdoodle",
    description:
      "A pillowy, tangy butter cookie rolled in cinnamon sugar before baking, with crackly tops and soft centres. Tastes like a cinnamon-sugar doughnut.",
    ...packs("CKY-SNIK", [3, 16.5, 30], [30, 12, 6], 80),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#e6c48e", "#b7793e", "#f6ead2"] },
  }),
  cookie({
    handle: "ginger-molasses-cookie",
    title: "Ginger Molasses Cookie",
    description:
      "Chewy, deeply spiced cookie made with blackstrap molasses, fresh and ground ginger, cinnamon and clove, then rolled in sparkling sugar. Warming on a cold day.",
    ...packs("CKY-GING", [3, 16.5, 30], [26, 10, 0], 80),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#8a5230", "#5e3420", "#f7f0e2"] },
  }),
  cookie({
    handle: "lemon-crinkle-cookie",
    title: "Lemon Crinkle Cookie",
    description:
      "Soft, zingy lemon cookie rolled in powdered sugar so it bakes into a snowy crackle. Light, bright and lovely with tea.",
    ...packs("CKY-LCRK", [3, 16.5, 30], [24, 10, 5], 75),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#f6df7e", "#fffdf5", "#f2b632"] },
  }),
  cookie({
    handle: "red-velvet-cookie",
    title: "Red Velvet Cookie",
    description:
      "A chewy crimson cocoa cookie studded with white chocolate chips and stuffed with a dollop of cream cheese filling. Valentine's Day all year round.",
    ...packs("CKY-RVEL", [3.5, 19.5, 36], [20, 8, 4], 90),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#a51f34", "#fbf3e8", "#6d0f1f"] },
  }),
  cookie({
    handle: "salted-caramel-pretzel-cookie",
    title: "Salted Caramel Pretzel Cookie",
    description:
      "Brown sugar cookie packed with crunchy salted pretzel pieces, milk chocolate and chewy caramel bits. Salty, sweet and satisfyingly crunchy.",
    ...packs("CKY-SCPR", [3.5, 19.5, 36], [22, 8, 4], 90),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d29b5b", "#8a4f1d", "#6b3a1f"] },
  }),
  cookie({
    handle: "hazelnut-stuffed-chocolate-cookie",
    title: "Hazelnut-Stuffed Chocolate Cookie",
    description:
      "A thick, New York-style chocolate cookie with a molten chocolate-hazelnut spread centre and toasted hazelnuts throughout. One is a meal; sharing is optional.",
    collections: ["weekend-specials"],
    ...packs("CKY-HAZL", [4.5, 25, 46], [18, 6, 3], 140),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#5e3522", "#2e170e", "#b98a5a"] },
  }),
  cookie({
    handle: "funfetti-sugar-cookie",
    title: "Funfetti Sugar Cookie",
    description:
      "Soft vanilla sugar cookie speckled with rainbow sprinkles, with slightly chewy centres and golden edges. A guaranteed hit at children's parties.",
    ...packs("CKY-FUNF", [3, 16.5, 30], [30, 12, 6], 80),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#f3dcae", "#fff5e4", "#ff5fa2"] },
  }),
  cookie({
    handle: "personalised-iced-cookie",
    title: "Personalised Iced Cookie",
    description:
      "A crisp vanilla shortbread round flooded with smooth royal icing in your choice of pastel and hand-lettered with a name or short message. Individually wrapped, so they make lovely party favours.",
    lead_time_hours: 12,
    inscription_max_length: 20,
    ...packs("CKY-ICED", [4.5, 25, 46], [20, 8, 4], 60),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#e8c48a", "#cfe6f5", "#f7a8c8"] },
  }),
  cookie({
    handle: "classic-butter-shortbread",
    title: "Classic Butter Shortbread",
    description:
      "Scottish-style shortbread made with just cultured butter, flour, sugar and a little rice flour for snap. Melt-in-the-mouth, pale and buttery, sold as thick fingers.",
    ...packs("CKY-SHRT", [2.75, 15, 28], [40, 14, 8], 60),
    allergens: { contains: ["milk", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#f0d49b", "#fbf0d6", "#e2b86b"] },
  }),
  cookie({
    handle: "almond-biscotti",
    title: "Almond Biscotti",
    description:
      "Twice-baked Tuscan biscuits packed with whole toasted almonds and a hint of orange and anise. Crunchy by design: made for dunking in coffee or vin santo.",
    ...boxes("CKY-BISC", [[6, 12, 20], [12, 22, 10]], 30),
    allergens: { contains: ["egg", "wheat", "tree_nuts"], may_contain: ["milk", "peanuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#dcb27a", "#f2dfc0", "#b58450"] },
  }),
  cookie({
    handle: "french-macarons",
    title: "French Macarons",
    description:
      "Delicate almond meringue shells with chewy centres, sandwiched with ganache and buttercream in six rotating flavours: raspberry, pistachio, salted caramel, chocolate, lemon and vanilla. Naturally made with almond flour rather than wheat flour.",
    collections: ["best-sellers"],
    ...packs("CKY-MACA", [2.75, 15, 28], [48, 16, 8], 20),
    allergens: { contains: ["egg", "tree_nuts", "milk", "soy"], may_contain: ["wheat", "peanuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#f7b8cf", "#fdf1f4", "#b9d98e"] },
  }),
  cookie({
    handle: "chocolate-crinkle-cookie",
    title: "Chocolate Crinkle Cookie",
    description:
      "A fudgy cocoa cookie rolled in powdered sugar that cracks into a striking black-and-white crinkle as it bakes. Like biting into a brownie.",
    ...packs("CKY-CCRK", [3, 16.5, 30], [26, 10, 5], 75),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#3f2218", "#fdfbf6", "#2a150d"] },
  }),
  cookie({
    handle: "matcha-white-chocolate-cookie",
    title: "Matcha White Chocolate Cookie",
    description:
      "Chewy cookie made with ceremonial-grade Japanese matcha, balanced with creamy white chocolate chunks. Earthy, sweet and a beautiful jade green.",
    ...packs("CKY-MTCH", [3.5, 19.5, 36], [16, 6, 3], 85),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#9cbf6b", "#fbf6e9", "#5c7f2f"] },
  }),
  cookie({
    handle: "cranberry-pistachio-cookie",
    title: "Cranberry Pistachio Cookie",
    description:
      "Buttery oat cookie with tart dried cranberries, green pistachios and white chocolate. Jewel-bright and festive, but we bake it all year.",
    ...packs("CKY-CRPI", [3.5, 19.5, 36], [18, 6, 3], 85),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#e0b27a", "#b3123a", "#8fb050"] },
  }),
  cookie({
    handle: "giant-cookie-cake",
    title: "Giant Cookie Cake",
    description:
      "A 10-inch brown butter chocolate chip cookie baked soft in the middle, decorated with swirls of vanilla and chocolate buttercream and your message piped across the centre. Serves 12 and travels better than a cake.",
    lead_time_hours: 12,
    inscription_max_length: 30,
    serves: 12,
    ...single("CKY-GIANT", '10" cookie cake', 32, 1100, 8),
    allergens: { contains: ["milk", "egg", "wheat", "soy"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d39a55", "#fff1de", "#5a2f1c"] },
  }),
  cookie({
    handle: "monster-cookie",
    title: "Monster Cookie",
    description:
      "A big, chewy peanut butter oat cookie crammed with chocolate chips and candy-coated chocolates. Loud, colourful and a favourite with the after-school crowd.",
    ...packs("CKY-MONS", [3.75, 21, 39], [24, 8, 4], 110),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "peanuts"], may_contain: ["tree_nuts"] },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#d6a15c", "#3d2014", "#2f9de0"] },
  }),
  cookie({
    handle: "alfajores",
    title: "Alfajores",
    description:
      "Tender, crumbly cornflour shortbread sandwiched with thick dulce de leche and rolled in desiccated coconut, as they make them in Buenos Aires. Sweet, milky and melt-in-the-mouth.",
    ...packs("CKY-ALFA", [3.25, 18, 33], [20, 8, 4], 55),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#f4e4c4", "#b5743a", "#fdfaf3"] },
  }),
]
