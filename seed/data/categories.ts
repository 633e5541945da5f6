import type { SeedCategory } from "../src/catalog-schema"

/** One entry per handle in CATEGORY_HANDLES, in the order the shop menu shows them. */
export const categories: SeedCategory[] = [
  {
    handle: "celebration-cakes",
    name: "Celebration cakes",
    description: "Tall, generously frosted layer cakes baked to order for birthdays, anniversaries and every excuse in between.",
  },
  {
    handle: "cupcakes",
    name: "Cupcakes",
    description: "Soft, tender cupcakes crowned with a proper swirl of buttercream, by the one or by the boxful.",
  },
  {
    handle: "cookies",
    name: "Cookies",
    description: "Crisp-edged, chewy-centred cookies baked in small batches all day, so there is always a warm tray somewhere.",
  },
  {
    handle: "brownies-bars",
    name: "Brownies & bars",
    description: "Fudgy brownies, buttery blondies and layered traybakes cut into generous squares for sharing, or not.",
  },
  {
    handle: "breads",
    name: "Breads",
    description: "Slow-fermented sourdoughs, soft enriched loaves and crusty rolls, baked before sunrise every morning.",
  },
  {
    handle: "viennoiserie-pastries",
    name: "Viennoiserie & pastries",
    description: "Flaky all-butter croissants, sticky buns, danishes and muffins for the best kind of breakfast.",
  },
  {
    handle: "pies-tarts",
    name: "Pies & tarts",
    description: "Hand-crimped all-butter pies and glossy French-style tarts filled with seasonal fruit, creams and custards.",
  },
  {
    handle: "cheesecakes",
    name: "Cheesecakes",
    description: "Rich, creamy cheesecakes on crunchy biscuit bases, from a classic New York to our burnt Basque.",
  },
  {
    handle: "gluten-free",
    name: "Gluten-free",
    description: "Cakes, breads and treats made without wheat in our separate gluten-free prep room, and just as indulgent.",
  },
  {
    handle: "vegan",
    name: "Vegan",
    description: "Plant-based bakes made with no milk, eggs or butter, so everyone at the table gets a slice.",
  },
  {
    handle: "seasonal",
    name: "Seasonal",
    description: "Limited-run bakes for holidays and the changing seasons: here for a few weeks, and much missed when they go.",
  },
  {
    handle: "custom-cakes",
    name: "Custom cakes",
    description: "One-of-a-kind cakes designed with you, from a first-birthday smash cake to a three-tier wedding showpiece.",
  },
  {
    handle: "drinks-extras",
    name: "Drinks & extras",
    description: "Freshly brewed coffee, cosy hot drinks, candles and cards to round off your order.",
  },
]
