import { productsIn, single, type ProductInput } from "../helpers"

/**
 * Breads come out of the oven before we open: no lead time, one variant each.
 * The bread bench is nut-free but shares ovens with the seeded loaves (sesame).
 */
const bread = productsIn("breads", { lead_time_hours: 0 })

export const products: ProductInput[] = [
  bread({
    handle: "country-sourdough",
    title: "Country Sourdough",
    description:
      "Our everyday loaf: a 36-hour ferment of organic white and a little wholemeal flour, water, salt and our ten-year-old starter. Blistered, crackly crust, open glossy crumb and a gentle tang. About 900 g.",
    collections: ["best-sellers"],
    ...single("BRD-SOUR", "Whole loaf", 8.5, 900, 36),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#b9783f", "#f1dcb4", "#fbf6ee"] },
  }),
  bread({
    handle: "seeded-sourdough",
    title: "Seeded Sourdough",
    description:
      "Country sourdough folded with toasted sunflower, pumpkin, flax and sesame seeds, then rolled in more seeds before baking. Nutty, hearty and superb toasted.",
    ...single("BRD-SEED", "Whole loaf", 9, 950, 24),
    allergens: { contains: ["wheat", "sesame"], may_contain: [] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#a86a36", "#ecd3a6", "#f3e6c4"] },
  }),
  bread({
    handle: "rye-caraway-loaf",
    title: "Rye & Caraway Loaf",
    description:
      "A dense, moist Jewish-deli-style rye made with sourdough rye starter and whole caraway seeds. Perfect for pastrami, smoked salmon or just good butter.",
    ...single("BRD-RYE", "Whole loaf", 8.5, 850, 14),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#7a4a2a", "#b98c62", "#5b3a22"] },
  }),
  bread({
    handle: "classic-baguette",
    title: "Classic Baguette",
    description:
      "A proper French baguette with a thin, shattering crust and a creamy, open crumb, made with a poolish for flavour. About 70 cm long; buy it in the morning, eat it by dinner.",
    ...single("BRD-BAGU", "Whole baguette", 4.25, 280, 48),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#d39a55", "#f6e7c8", "#fbf6ee"] },
  }),
  bread({
    handle: "whole-wheat-sandwich-loaf",
    title: "Whole Wheat Sandwich Loaf",
    description:
      "A soft, tin-baked wholemeal loaf made with stoneground flour, a touch of honey and milk for a tender crumb. Sliced thin or thick, it makes the perfect school-lunch sandwich.",
    ...single("BRD-WHWT", "Whole loaf", 7.5, 800, 20),
    allergens: { contains: ["wheat", "milk"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#a0683a", "#d9b88c", "#e8d3ad"] },
  }),
  bread({
    handle: "brioche-loaf",
    title: "Brioche Loaf",
    description:
      "Rich, golden brioche made with plenty of butter and free-range eggs, brushed with egg wash for a glossy top. Pillowy-soft; makes unbeatable French toast.",
    ...single("BRD-BRIO", "Whole loaf", 9, 600, 16),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#c97a2c", "#f7dc9c", "#fbeac2"] },
  }),
  bread({
    handle: "sesame-challah",
    title: "Sesame Challah",
    description:
      "A six-strand braided challah, gently sweet with honey, made with eggs and olive oil (no dairy) and topped with sesame seeds. Baked on Fridays and Saturdays.",
    collections: ["weekend-specials"],
    ...single("BRD-CHAL", "Whole loaf", 9, 700, 12),
    allergens: { contains: ["egg", "wheat", "sesame"], may_contain: [] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#c8782f", "#f3d497", "#f6ecd2"] },
  }),
  bread({
    handle: "olive-oil-rosemary-focaccia",
    title: "Olive Oil & Rosemary Focaccia",
    description:
      "Airy, dimpled Ligurian focaccia soaked in extra-virgin olive oil and topped with fresh rosemary and flaky salt. Crisp underneath, soft inside; a half-sheet serves 6–8.",
    serves: 6,
    ...single("BRD-FOCC", "Half sheet", 8, 750, 18),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#d9a452", "#f3dc9a", "#5e8c3a"] },
  }),
  bread({
    handle: "cinnamon-raisin-swirl-loaf",
    title: "Cinnamon Raisin Swirl Loaf",
    description:
      "Soft milk bread rolled with a thick ribbon of cinnamon sugar and juicy raisins, baked in a tin. Toast a slice and the whole kitchen smells like Sunday morning.",
    ...single("BRD-CINR", "Whole loaf", 8.5, 750, 14),
    allergens: { contains: ["milk", "egg", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#b86f35", "#f0d7b0", "#7a4025"] },
  }),
  bread({
    handle: "multigrain-loaf",
    title: "Multigrain Loaf",
    description:
      "A wholesome tin loaf with wholemeal, rye, oats, millet, sunflower and sesame seeds. Moist, nutty-tasting (but nut-free) and great for sandwiches.",
    ...single("BRD-MULT", "Whole loaf", 8.5, 850, 18),
    allergens: { contains: ["wheat", "sesame"], may_contain: [] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#9c6434", "#d8b889", "#efe0bd"] },
  }),
  bread({
    handle: "fig-and-fennel-sourdough",
    title: "Fig & Fennel Sourdough",
    description:
      "Wholemeal sourdough studded with chewy dried figs and toasted fennel seeds. Sweet, aromatic and made for a cheese board.",
    ...single("BRD-FIGF", "Whole loaf", 9, 900, 10),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#9a5e32", "#e2c49a", "#6a3b5c"] },
  }),
  bread({
    handle: "jalapeno-cheddar-sourdough",
    title: "Jalapeño Cheddar Sourdough",
    description:
      "Our sourdough loaded with sharp aged cheddar and pickled jalapeños, with crispy cheese baked onto the crust. Spicy, cheesy and excellent as grilled cheese.",
    ...single("BRD-JALC", "Whole loaf", 9, 950, 12),
    allergens: { contains: ["wheat", "milk"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#c07c38", "#f2c14e", "#4f8a3a"] },
  }),
  bread({
    handle: "kalamata-olive-sourdough",
    title: "Kalamata Olive Sourdough",
    description:
      "Tangy sourdough packed with whole Kalamata olives and a little fresh thyme. Savoury and moist; delicious with olive oil, tomatoes and feta.",
    ...single("BRD-OLIV", "Whole loaf", 9, 900, 0),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#ad733e", "#eed7b1", "#4b2c44"] },
  }),
  bread({
    handle: "english-muffins",
    title: "English Muffins",
    description:
      "Griddle-cooked sourdough English muffins with a cornmeal dusting and plenty of nooks and crannies for melting butter. Split with a fork, never a knife. Pack of 6.",
    ...single("BRD-EMUF", "Pack of 6", 7.5, 540, 20, "Pack"),
    allergens: { contains: ["milk", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#e2bb86", "#f7ead2", "#f0e2c2"] },
  }),
  bread({
    handle: "bavarian-pretzel-rolls",
    title: "Bavarian Pretzel Rolls",
    description:
      "Chewy rolls dipped in a lye bath for that deep mahogany, glossy crust, then sprinkled with coarse salt. Perfect with mustard and a bratwurst. Pack of 4.",
    ...single("BRD-PRTZ", "Pack of 4", 7.5, 440, 16, "Pack"),
    allergens: { contains: ["milk", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#7a3f1d", "#e8c79a", "#fdfbf6"] },
  }),
  bread({
    handle: "everything-bagels",
    title: "Everything Bagels",
    description:
      "Hand-rolled, boiled-then-baked New York bagels with a dense, chewy bite, coated in sesame, poppy seeds, garlic, onion and sea salt. Pack of 6.",
    collections: ["weekend-specials"],
    ...single("BRD-BAGL", "Pack of 6", 9, 660, 24, "Pack"),
    allergens: { contains: ["wheat", "sesame"], may_contain: [] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#c98a48", "#f3dfbd", "#3a3330"] },
  }),
  bread({
    handle: "buttery-dinner-rolls",
    title: "Buttery Dinner Rolls",
    description:
      "Soft, fluffy pull-apart milk rolls brushed with melted butter and flaky salt straight from the oven. A pan of 8 for the dinner table.",
    ...single("BRD-ROLL", "Pan of 8", 7.5, 560, 20, "Pack"),
    allergens: { contains: ["milk", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#d99a4e", "#f8e5c0", "#fff4dc"] },
  }),
  bread({
    handle: "irish-soda-bread",
    title: "Irish Soda Bread",
    description:
      "A rustic, yeast-free round made with wholemeal flour and buttermilk, scored with a deep cross and baked until crusty. Dense, tender and wonderful with salted butter.",
    ...single("BRD-SODA", "Whole loaf", 7.5, 700, 12),
    allergens: { contains: ["milk", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#b57c48", "#ead6b5", "#f7efe2"] },
  }),
  bread({
    handle: "ciabatta",
    title: "Ciabatta",
    description:
      "A high-hydration Italian slipper loaf with a floury, crisp crust and big, irregular holes. Split it for sandwiches or tear it into soup.",
    ...single("BRD-CIAB", "Whole loaf", 7.5, 500, 18),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["vegan", "nut_free"],
    art: { shape: "loaf", colours: ["#d4a56a", "#f5e6c9", "#fbf8f1"] },
  }),
  bread({
    handle: "pain-de-mie",
    title: "Pain de Mie",
    description:
      "A square-edged Pullman loaf baked in a lidded tin for an ultra-soft, fine crumb and thin golden crust. Ideal for croque monsieur and crustless tea sandwiches.",
    ...single("BRD-PDMI", "Whole loaf", 8, 800, 14),
    allergens: { contains: ["milk", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#d8a25c", "#fbf0dc", "#f3e3c1"] },
  }),
  bread({
    handle: "spelt-honey-loaf",
    title: "Spelt & Honey Loaf",
    description:
      "An ancient-grain tin loaf made with wholegrain spelt and a spoonful of local wildflower honey. Mildly sweet, nutty-tasting and easy to digest for many.",
    ...single("BRD-SPLT", "Whole loaf", 8.5, 800, 10),
    allergens: { contains: ["wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#b0773f", "#e6c98f", "#f2b632"] },
  }),
  bread({
    handle: "garlic-herb-pull-apart-bread",
    title: "Garlic & Herb Pull-Apart Bread",
    description:
      "Soft milk-bread knots layered with garlic butter, parsley and grated Parmesan, baked together so everyone can tear off their own. Serves 4–6 alongside pasta or soup.",
    serves: 4,
    ...single("BRD-GARL", "Whole loaf", 9, 650, 10),
    allergens: { contains: ["milk", "wheat"], may_contain: ["sesame"] },
    dietary_tags: ["nut_free"],
    art: { shape: "loaf", colours: ["#d49b51", "#f7e6c3", "#5f9a3a"] },
  }),
]
