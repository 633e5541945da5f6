/**
 * Typo-tolerant catalog search: words are normalised (case, accents, punctuation), then each
 * query word is matched against title, category and description words by exact match, prefix,
 * Levenshtein distance and trigram similarity. Small enough to run over ~200 products per request.
 */

export interface SearchDocument<T> {
  item: T
  title: string
  categories: string[]
  description: string
}

export interface SearchHit<T> {
  item: T
  score: number
}

// Filler words carry no meaning in a bakery search ("cake with chocolate").
const STOP_WORDS = new Set(["a", "an", "and", "the", "of", "with", "for", "in", "on", "to", "or"])

export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

export function words(text: string): string[] {
  return normalise(text)
    .split(" ")
    .filter((w) => w && !STOP_WORDS.has(w))
}

export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      rowMin = Math.min(rowMin, current[j]!)
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length]!
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `
  const grams = new Set<string>()
  for (let i = 0; i < padded.length - 2; i++) grams.add(padded.slice(i, i + 3))
  return grams
}

export function trigramSimilarity(a: string, b: string): number {
  const ga = trigrams(a)
  const gb = trigrams(b)
  let shared = 0
  for (const g of ga) if (gb.has(g)) shared++
  return shared / (ga.size + gb.size - shared)
}

/** How well one query word matches one document word, from 0 (not at all) to 1 (exactly). */
export function wordScore(query: string, word: string): number {
  if (query === word) return 1
  if (query.length >= 3 && word.startsWith(query)) return 0.9
  // Plurals and typos: one edit for short words, two for long ones.
  const allowed = query.length >= 7 ? 2 : query.length >= 4 ? 1 : 0
  if (allowed) {
    const distance = levenshtein(query, word, allowed)
    if (distance <= allowed) return 0.8 - 0.15 * distance
  }
  if (query.length >= 4) {
    const similarity = trigramSimilarity(query, word)
    if (similarity >= 0.45) return similarity * 0.7
  }
  return 0
}

const FIELD_WEIGHTS = { title: 3, categories: 2, description: 1 } as const

function bestScore(query: string, fieldWords: string[]): number {
  let best = 0
  for (const word of fieldWords) {
    best = Math.max(best, wordScore(query, word))
    if (best === 1) break
  }
  return best
}

/** Ranks documents for a query; every query word must match somewhere for a document to count. */
export function searchCatalog<T>(documents: SearchDocument<T>[], query: string, limit = 50): SearchHit<T>[] {
  const queryWords = words(query)
  if (!queryWords.length) return []
  const hits: SearchHit<T>[] = []
  for (const doc of documents) {
    const fields = {
      title: words(doc.title),
      categories: doc.categories.flatMap(words),
      description: words(doc.description),
    }
    let score = 0
    let matchedAll = true
    for (const q of queryWords) {
      let best = 0
      for (const [field, weight] of Object.entries(FIELD_WEIGHTS) as [keyof typeof FIELD_WEIGHTS, number][]) {
        best = Math.max(best, bestScore(q, fields[field]) * weight)
      }
      if (best === 0) {
        matchedAll = false
        break
      }
      score += best
    }
    if (!matchedAll) continue
    // A title that reads like the whole query ("carrot cake") beats one that merely mentions each word.
    if (normalise(doc.title).includes(queryWords.join(" "))) score += 2
    hits.push({ item: doc.item, score })
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit)
}
