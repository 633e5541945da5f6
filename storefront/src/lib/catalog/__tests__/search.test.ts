import { describe, expect, it } from "vitest"
import { levenshtein, normalise, searchCatalog, trigramSimilarity, wordScore, type SearchDocument } from "../search"

const doc = (title: string, categories: string[], description = ""): SearchDocument<string> => ({
  item: title,
  title,
  categories,
  description,
})

const catalog = [
  doc("Carrot Cake", ["Celebration Cakes"], "Spiced sponge with walnuts and cream cheese frosting."),
  doc("Chocolate Chip Cookie", ["Cookies"], "Brown butter dough with dark chocolate."),
  doc("Country Sourdough", ["Breads"], "Naturally leavened loaf with a crackly crust."),
  doc("Crème Brûlée Tart", ["Pies & Tarts"], "Vanilla custard under burnt sugar."),
  doc("Vegan Brownie", ["Brownies & Bars", "Vegan"], "Fudgy, made without eggs or butter."),
]

describe("normalise", () => {
  it("drops case, accents and punctuation", () => {
    expect(normalise("Crème Brûlée — Tart!")).toBe("creme brulee tart")
    expect(normalise("Maya's")).toBe("mayas")
  })
})

describe("distance measures", () => {
  it("computes Levenshtein distance with an early cut-off", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3)
    expect(levenshtein("cake", "cake")).toBe(0)
    expect(levenshtein("a", "abcdef", 2)).toBeGreaterThan(2)
  })

  it("scores trigram similarity between 0 and 1", () => {
    expect(trigramSimilarity("sourdough", "sourdough")).toBe(1)
    expect(trigramSimilarity("sourdough", "brownie")).toBeLessThan(0.2)
  })

  it("ranks exact above prefix above typo", () => {
    expect(wordScore("cake", "cake")).toBeGreaterThan(wordScore("cak", "cake"))
    expect(wordScore("cak", "cake")).toBeGreaterThan(wordScore("ckae", "cake"))
    expect(wordScore("zz", "cake")).toBe(0)
  })
})

describe("searchCatalog", () => {
  const titles = (query: string) => searchCatalog(catalog, query).map((hit) => hit.item)

  it("finds the exact title first", () => {
    expect(titles("carrot cake")[0]).toBe("Carrot Cake")
  })

  it("forgives typos", () => {
    expect(titles("choclate cookie")[0]).toBe("Chocolate Chip Cookie")
    expect(titles("sourdoug")[0]).toBe("Country Sourdough")
    expect(titles("brownee")).toContain("Vegan Brownie")
  })

  it("matches accents typed without them, and categories", () => {
    expect(titles("creme brulee")[0]).toBe("Crème Brûlée Tart")
    expect(titles("bread")).toContain("Country Sourdough")
  })

  it("requires every word to match something", () => {
    expect(titles("carrot sourdough")).toEqual([])
    expect(titles("")).toEqual([])
  })
})
