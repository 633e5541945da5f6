// Lighthouse (mobile preset, default simulated throttling) on home, a category,
// a product, the basket and checkout: the median of several runs per page.
// Basket and checkout are loaded with a cart cookie (Lighthouse's extra headers)
// so they show a real basket; the empty basket is measured too. A page that
// lands elsewhere (checkout sends an empty basket back to /cart) is an error,
// so a cookie that did not arrive never passes for a measurement with items.
import { spawn } from "node:child_process"
import { mkdtemp, readFile, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { CHROME_PATH } from "../config.mjs"

// Resolved like autocannon (NODE_PATH works), then run as its CLI in a child process.
const LIGHTHOUSE_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve("lighthouse/package.json")), "cli/index.js")
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"

export async function lighthouseScenario({ pages, runs, log }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sweet-crumbs-lighthouse-"))
  try {
    const results = []
    for (const page of pages) {
      const samples = []
      for (let i = 0; i < runs; i++) {
        log(`Lighthouse ${page.name} ${page.url} (run ${i + 1} of ${runs})`)
        samples.push(await lighthouse(page, path.join(dir, `${page.name}-${i}.json`), CHROME_PATH))
      }
      results.push({ page: page.name, url: page.url, noindex: Boolean(page.noindex), runs, ...medians(samples) })
    }
    return results
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function lighthouse(page, output, chromePath) {
  const args = [
    LIGHTHOUSE_CLI,
    page.url,
    "--output=json",
    `--output-path=${output}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    "--quiet",
    ...(page.headers ? [`--extra-headers=${JSON.stringify(page.headers)}`] : []),
  ]
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse ${page.url} failed (exit ${code}): ${stderr.trim().split("\n").slice(-5).join(" ")}`))))
  })
  const lhr = JSON.parse(await readFile(output, "utf8"))
  if (lhr.runtimeError) throw new Error(`lighthouse ${page.url}: ${lhr.runtimeError.message}`)
  const landed = new URL(lhr.finalDisplayedUrl).pathname
  if (landed !== new URL(page.url).pathname) throw new Error(`lighthouse ${page.url} was sent on to ${landed}, so it measured another page`)
  const audit = (id) => lhr.audits[id]?.numericValue ?? null
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100))
  const scripts = lhr.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script")
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    ttfbMs: audit("server-response-time"),
    fcpMs: audit("first-contentful-paint"),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    transferKb: audit("total-byte-weight") / 1024,
    jsKb: (scripts?.transferSize ?? 0) / 1024,
    // Lighthouse's own CPU yardstick: its simulated throttling assumes a fast desktop (over ~1000);
    // a busy machine scores low and every main-thread figure (TBT above all) comes out inflated.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    // The scored audits that failed, so a score below 100 says why.
    failedAudits: failing(lhr, ["performance", "accessibility", "best-practices", "seo"]),
    seoFailures: failing(lhr, ["seo"]),
  }
}

function failing(lhr, categories) {
  const ids = new Set(categories.flatMap((c) => lhr.categories[c]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []))
  return [...ids].filter((id) => lhr.audits[id]?.score !== null && lhr.audits[id]?.score < 0.9)
}

/** The median of each figure over the runs (failed audits: those failing in most runs). */
function medians(samples) {
  const lists = ["failedAudits", "seoFailures"]
  const median = (values) => {
    const sorted = values.filter((v) => v !== null).sort((a, b) => a - b)
    if (!sorted.length) return null
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
  const result = {}
  for (const key of Object.keys(samples[0]).filter((k) => !lists.includes(k))) {
    result[key] = median(samples.map((s) => s[key]))
  }
  for (const list of lists) {
    const counts = new Map()
    for (const id of samples.flatMap((s) => s[list])) counts.set(id, (counts.get(id) ?? 0) + 1)
    result[list] = [...counts].filter(([, n]) => n > samples.length / 2).map(([id]) => id)
  }
  return result
}
