import { boxes, cakeSizes, packs, productsIn, single, type ProductInput } from "../helpers"

/** Limited-run holiday bakes; all are in the "Seasonal" collection. 24–48 h lead time. */
const seasonal = productsIn("seasonal", { lead_time_hours: 24 })

const NUTS: ProductInput["allergens"]["may_contain"] = ["tree_nuts", "peanuts"]

export const products: ProductInput[] = [
  seasonal({
    handle: "spiced-pumpkin-layer-cake",
    title: "Spiced Pumpkin Layer Cake",
    description:
      "Roasted pumpkin sponge warmly spiced with cinnamon, ginger and nutmeg, layered with brown butter cream cheese frosting and finished with candied pecans. Autumn only; a 6\" serves 8–10.",
    collections: ["seasonal"],
    lead_time_hours: 48,
    inscription_max_length: 30,
    serves: 8,
    ...cakeSizes("SEA-PUMP", [42, 58, 76], [5, 4, 2]),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "layer-cake", colours: ["#e08a3c", "#fbefdc", "#8a4b22"] },
  }),
  seasonal({
    handle: "gingerbread-people",
    title: "Gingerbread People",
    description:
      "Crisp-edged, softly chewy gingerbread spiced with fresh ginger, cinnamon and molasses, each one hand-iced with buttons and a smile. From late November to New Year.",
    collections: ["seasonal"],
    ...packs("SEA-GING", [3.5, 19.5, 36], [40, 12, 6], 70),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#b0652e", "#fdfbf6", "#d62839"] },
  }),
  seasonal({
    handle: "christmas-stollen",
    title: "Christmas Stollen",
    description:
      "A rich, buttery Dresden-style fruit bread packed with rum-soaked fruit and candied peel, wrapped around a thick log of homemade marzipan and buried in powdered sugar. Keeps for weeks, if you let it.",
    collections: ["seasonal"],
    lead_time_hours: 48,
    serves: 12,
    ...single("SEA-STOL", "Whole stollen", 26, 1000, 20),
    allergens: { contains: ["milk", "egg", "wheat", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "loaf", colours: ["#d6a15c", "#fbf7ef", "#c8a86b"] },
  }),
  seasonal({
    handle: "chocolate-yule-log",
    title: "Chocolate Yule Log",
    description:
      "A light chocolate sponge rolled around vanilla and chestnut cream, covered in bark-textured chocolate ganache and decorated with meringue mushrooms and sugared cranberries. Serves 10–12.",
    collections: ["seasonal"],
    lead_time_hours: 48,
    inscription_max_length: 24,
    serves: 10,
    ...single("SEA-YULE", "Whole log", 48, 1400, 10),
    allergens: { contains: ["milk", "egg", "wheat", "soy", "tree_nuts"], may_contain: ["peanuts"] },
    dietary_tags: [],
    art: { shape: "loaf", colours: ["#5a3323", "#3b2017", "#c2203a"] },
  }),
  seasonal({
    handle: "classic-panettone",
    title: "Classic Panettone",
    description:
      "A tall, feather-light Milanese sweet bread leavened with a natural starter over three days, studded with candied orange, lemon and raisins. Tear it into strands, toast it, or make the best bread pudding of your life.",
    collections: ["seasonal"],
    lead_time_hours: 48,
    serves: 10,
    ...single("SEA-PANE", "1 kg panettone", 38, 1000, 14),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "loaf", colours: ["#c9782f", "#f5d58c", "#e8842a"] },
  }),
  seasonal({
    handle: "hot-cross-buns",
    title: "Hot Cross Buns",
    description:
      "Soft, spiced Easter buns packed with currants, sultanas and mixed peel, piped with a white cross and glazed with sticky apricot syrup while warm. Best split, toasted and buttered.",
    collections: ["seasonal"],
    ...boxes("SEA-HXB", [[6, 13, 20], [12, 24, 10]], 75),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#c98a48", "#fbf5e9", "#5b2f2a"] },
  }),
  seasonal({
    handle: "festive-mince-pies",
    title: "Festive Mince Pies",
    description:
      "Crumbly all-butter pastry filled with our own mincemeat of apples, raisins, currants, citrus peel, brandy and warm spice, topped with a pastry star. Made from November to Twelfth Night.",
    collections: ["seasonal"],
    ...boxes("SEA-MNCE", [[6, 16, 24], [12, 30, 12]], 60),
    allergens: { contains: ["milk", "wheat"], may_contain: ["egg", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "pie", colours: ["#e0b272", "#6b2e2a", "#f7e7c6"] },
  }),
  seasonal({
    handle: "eggnog-cupcake",
    title: "Eggnog Cupcake",
    description:
      "A nutmeg and vanilla sponge with a splash of rum, topped with eggnog buttercream and a grating of fresh nutmeg. Christmas in a paper case.",
    collections: ["seasonal"],
    ...packs("SEA-EGGN", [4.75, 26, 48], [20, 8, 4], 110),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cupcake", colours: ["#f1d9a4", "#fff3dc", "#b5763a"] },
  }),
  seasonal({
    handle: "peppermint-bark",
    title: "Peppermint Bark",
    description:
      "A thick slab of dark chocolate layered with creamy white chocolate and scattered with crushed candy canes. Broken into shards and packed in a gift tin (about 250 g).",
    collections: ["seasonal"],
    ...single("SEA-PEPB", "250 g tin", 16, 330, 30),
    allergens: { contains: ["milk", "soy"], may_contain: ["wheat", "tree_nuts", "peanuts"] },
    dietary_tags: [],
    art: { shape: "bar", colours: ["#3e2418", "#fbf8f4", "#d62839"] },
  }),
  seasonal({
    handle: "valentines-heart-cookie-box",
    title: "Valentine's Heart Cookie Box",
    description:
      "Vanilla shortbread hearts iced in blush pink, red and white, with one large heart hand-lettered with your message. Packed in a ribboned gift box; available the two weeks before Valentine's Day.",
    collections: ["seasonal"],
    inscription_max_length: 20,
    ...boxes("SEA-VALN", [[6, 24, 10], [12, 44, 6]], 55),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#e8c48a", "#f7a8c0", "#d62839"] },
  }),
  seasonal({
    handle: "mardi-gras-king-cake",
    title: "Mardi Gras King Cake",
    description:
      "A New Orleans-style braided brioche ring swirled with cinnamon and cream cheese, glazed and covered in purple, green and gold sugar. Whoever finds the hidden baby hosts next year; serves 12.",
    collections: ["seasonal"],
    lead_time_hours: 48,
    serves: 12,
    ...single("SEA-KING", "Whole ring", 36, 1200, 8),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cheesecake", colours: ["#d9a35c", "#7b3fa0", "#f2c230"] },
  }),
  seasonal({
    handle: "apple-cider-doughnuts",
    title: "Apple Cider Doughnuts",
    description:
      "Cake doughnuts made with reduced local apple cider and warm spices, fried until crisp and tossed in cinnamon sugar. An autumn orchard tradition; best the day they're made.",
    collections: ["seasonal"],
    ...packs("SEA-CIDR", [2.75, 15, 28], [40, 12, 6], 65),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: NUTS },
    dietary_tags: [],
    art: { shape: "cookie", colours: ["#c9884a", "#e8c08a", "#f6e6cc"] },
  }),
]
