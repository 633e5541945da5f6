// Turns the raw results into tables (console and Markdown) with each figure
// beside its target and as a multiple of Sweet Crumbs' peak.
import { PEAK, TARGETS } from "./config.mjs"
import { STOREFRONT_FIELDS_REQUEST } from "./scenarios/store-api.mjs"

const fixed = (n, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? "–" : n.toFixed(digits))
const met = (ok) => (ok === null ? "–" : ok ? "yes" : "NO")
const atMost = (value, target) => value !== null && value <= target.max
const atLeast = (value, target) => value !== null && value >= target.min
const multiple = (rate, peak) => `${fixed(rate / peak, rate / peak < 10 ? 1 : 0)}×`
const failures = (r) => r.non2xx + r.errors
/** Requests per second, or why there is no figure: every request outlasted the run. */
const rate = (r, digits) => (r.responses ? `${fixed(r.requestsPerSecond, digits)} req/s` : `no response within ${fixed(r.seconds)} s`)

function loadRow({ scenario, load, throughput, latency, target, ok, peak }) {
  return [scenario, load, throughput, fixed(latency?.p50, 1), fixed(latency?.p95, 1), fixed(latency?.p99, 1), target, met(ok), peak]
}

function pageRows(runs) {
  return runs.map((r) => {
    const ratioOk = atLeast(r.ratio, TARGETS.pageRatio)
    const p99Ok = r.connections === 50 ? atMost(r.storefront.latency.p99, TARGETS.pageP99At50) : true
    return loadRow({
      scenario: `page: ${r.page} (${r.path}, ${fixed(r.bytes / 1024, 1)} KB ${r.contentEncoding})`,
      load: `${r.connections} conn`,
      throughput: `${rate(r.storefront)}; bare node:http ${rate(r.baseline)} → ${fixed(r.ratio, 2)}×${failures(r.storefront) ? `; ${failures(r.storefront)} failed` : ""}`,
      latency: r.storefront.latency,
      target: `≥ ${TARGETS.pageRatio.min}× bare${r.connections === 50 ? `, p99 ≤ ${TARGETS.pageP99At50.max} ms` : ""}`,
      ok: ratioOk && p99Ok && !failures(r.storefront),
      peak: multiple(r.storefront.requestsPerSecond, PEAK.pageViewsPerSecond),
    })
  })
}

function apiRows(runs) {
  return runs.map((r) => {
    const comparison = r.request === STOREFRONT_FIELDS_REQUEST
    const target = comparison ? "– (comparison)" : r.connections === 10 ? `p95 ≤ ${TARGETS.apiP95At10.max} ms` : `≥ ${TARGETS.apiSaturation.min} req/s`
    const ok = comparison ? null : (r.connections === 10 ? atMost(r.latency.p95, TARGETS.apiP95At10) : atLeast(r.requestsPerSecond, TARGETS.apiSaturation)) && !failures(r)
    return loadRow({
      scenario: `API: ${r.request} [${r.config}]`,
      load: `${r.connections} conn`,
      throughput: `${rate(r, 1)}${failures(r) ? `; ${failures(r)} failed` : ""}`,
      latency: r.latency,
      target,
      ok,
      peak: multiple(r.requestsPerSecond, PEAK.apiRequestsPerSecond),
    })
  })
}

function addToCartRows(runs) {
  return runs.map((r) =>
    loadRow({
      scenario: `add to cart [${r.config}]`,
      load: `${r.connections} conn, ${r.carts} carts`,
      throughput: `${rate(r, 1)}${failures(r) ? `; ${failures(r)} failed` : ""}`,
      latency: r.latency,
      target: `≥ ${TARGETS.addToCartRps.min} req/s, p95 ≤ ${TARGETS.addToCartP95.max} ms`,
      ok: atLeast(r.requestsPerSecond, TARGETS.addToCartRps) && atMost(r.latency.p95, TARGETS.addToCartP95) && !failures(r),
      peak: multiple(r.requestsPerSecond, PEAK.apiRequestsPerSecond),
    })
  )
}

function checkoutRows(runs) {
  return runs.map((r) => {
    const complete = r.latency.complete ?? null
    const clean = r.errors === 0 && r.ordersMatch
    const ok =
      r.customers === 10
        ? clean && atLeast(r.ordersPerSecond, TARGETS.checkoutOrdersAt10) && atMost(complete?.p95 ?? null, TARGETS.checkoutCompleteP95At10)
        : clean
    return loadRow({
      scenario: `checkout, completion call [${r.config}]`,
      load: `${r.customers} customer${r.customers > 1 ? "s" : ""}, ${fixed(r.seconds)} s`,
      throughput: `${fixed(r.ordersPerSecond, 2)} orders/s (${r.completed} orders, DB +${r.ordersStored}${r.ordersMatch ? " =" : " ≠"}, ${r.errors} errors)`,
      latency: complete,
      target:
        r.customers === 10
          ? `≥ ${TARGETS.checkoutOrdersAt10.min}/s, p95 ≤ ${TARGETS.checkoutCompleteP95At10.max} ms, 0 errors, DB =`
          : "0 errors, DB =",
      ok,
      peak: multiple(r.ordersPerSecond, PEAK.ordersPerSecond),
    })
  })
}

function lighthouseRows(pages) {
  const t = TARGETS.lighthouse
  return pages.map((p) => {
    const jsOk = p.page === "product" ? atMost(p.jsKb, TARGETS.productPageJsKb) : true
    // A page kept out of search engines on purpose meets the SEO target if that is all it fails.
    const seoOk = atLeast(p.seo, t.seo) || (p.noindex && p.seoFailures.every((id) => id === "is-crawlable"))
    const ok =
      atLeast(p.performance, t.performance) &&
      atLeast(p.accessibility, t.accessibility) &&
      atLeast(p.bestPractices, t.bestPractices) &&
      seoOk &&
      atMost(p.lcpMs, t.lcp) &&
      atMost(p.tbtMs, t.tbt) &&
      atMost(p.cls, t.cls) &&
      jsOk
    return [
      p.page,
      fixed(p.performance),
      fixed(p.accessibility),
      fixed(p.bestPractices),
      `${fixed(p.seo)}${p.noindex ? " (noindex)" : ""}`,
      fixed(p.ttfbMs),
      fixed(p.fcpMs),
      fixed(p.lcpMs),
      fixed(p.tbtMs),
      fixed(p.cls, 3),
      fixed(p.transferKb, 1),
      fixed(p.jsKb, 1),
      fixed(p.benchmarkIndex),
      met(ok),
      p.failedAudits.join(", ") || "–",
    ]
  })
}

/** One row per step of the browser journey: alone against the issue's targets, and under load. */
function journeyTable(r) {
  const t = TARGETS.journeyStep
  const { alone, underLoad } = r
  const background = underLoad.background
  const aloneClean = alone.failed === 0
  const loadClean = underLoad.failed === 0 && background.errors === 0
  const rows = Object.keys({ ...alone.steps, ...underLoad.steps }).map((step) => {
    const a = alone.steps[step] ?? {}
    const u = underLoad.steps[step] ?? {}
    return [
      step,
      fixed(a.p50),
      fixed(a.p95),
      fixed(alone.firstByte[step]?.p50),
      fixed(u.p50),
      fixed(u.p95),
      met(aloneClean && atMost(a.p50 ?? null, t.p50) && atMost(a.p95 ?? null, t.p95)),
      met(atMost(a.p50 ?? null, t.aimP50)),
      met(loadClean && atMost(u.p95 ?? null, t.p95UnderLoad)),
    ]
  })
  const errors = (run) => (run.failed ? `, ${run.failed} failed: ${run.errorSamples.join("; ")}` : "")
  return {
    title:
      `Customer journey in Chromium, phone screen, submit → next page's load [${r.config}]: ${alone.journeys} journeys alone (load average ${alone.loadAverage[0]})${errors(alone)}; ` +
      `${underLoad.journeys} with ${background.customers} customers checking out through the store API (${fixed(background.ordersPerSecond, 2)} orders/s, ${background.errors} errors, load average ${underLoad.loadAverage[0]})${errors(underLoad)}; ` +
      `orders stored ${r.ordersStored} ${r.ordersMatch ? "=" : "≠"} ${r.ordersExpected} placed. ` +
      `Targets: p50 ≤ ${t.p50.max} ms and p95 ≤ ${t.p95.max} ms alone (aim p50 ≤ ${t.aimP50.max} ms), p95 ≤ ${t.p95UnderLoad.max} ms under load, no errors`,
    columns: ["Step", "Alone p50 ms", "Alone p95 ms", "Alone first byte p50 ms", "Under load p50 ms", "Under load p95 ms", "Met alone", "Aim met", "Met under load"],
    rows,
  }
}

/** Every table of a run; sections that did not run are left out. */
export function buildTables(results) {
  const tables = []
  const loadRows = [
    ...pageRows(results.pages ?? []),
    ...apiRows(results.storeApi ?? []),
    ...addToCartRows(results.addToCart ?? []),
    ...checkoutRows(results.checkout ?? []),
  ]
  if (loadRows.length) {
    tables.push({
      title: "Throughput and latency",
      columns: ["Scenario", "Load", "Throughput", "p50 ms", "p95 ms", "p99 ms", "Target", "Met", "× peak"],
      rows: loadRows,
    })
  }
  if (results.journey) tables.push(journeyTable(results.journey))
  if (results.lighthouse?.length) {
    const t = TARGETS.lighthouse
    tables.push({
      title: `Lighthouse, mobile, median of ${results.lighthouse[0].runs} (targets: Perf ≥ ${t.performance.min}, A11y/BP/SEO 100, LCP ≤ ${t.lcp.max} ms, TBT ≤ ${t.tbt.max} ms, CLS ≤ ${t.cls.max}, product JS ≤ ${TARGETS.productPageJsKb.max} KB)`,
      columns: ["Page", "Perf", "A11y", "BP", "SEO", "TTFB ms", "FCP ms", "LCP ms", "TBT ms", "CLS", "KB transferred", "JS KB", "CPU index", "Met", "Failing audits"],
      rows: lighthouseRows(results.lighthouse),
    })
  }
  if (results.resources?.length) {
    tables.push({
      title: "Memory (VmRSS of each process tree, MB)",
      columns: ["Configuration", "Backend after warm-up", "Worker after warm-up", "Storefront after warm-up", "Backend under 100 connections", "Storefront under 100 connections"],
      rows: results.resources.map((r) => [r.config, fixed(r.afterWarmup.backend), fixed(r.afterWarmup.worker), fixed(r.afterWarmup.storefront), fixed(r.underLoad?.backend), fixed(r.underLoad?.storefront)]),
    })
  }
  return tables
}

export function tablesAsText(tables) {
  return tables
    .map(({ title, columns, rows }) => {
      const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)))
      const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join("  ").trimEnd()
      return [title, line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")
    })
    .join("\n\n")
}

export function resultsAsMarkdown(results, tables) {
  const m = results.machine
  const escape = (cell) => String(cell).replace(/\|/g, "\\|")
  const table = ({ title, columns, rows }) =>
    [`### ${title}`, "", `| ${columns.join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(escape).join(" | ")} |`)].join("\n")
  return [
    "# Sweet Crumbs benchmarks: latest run",
    "",
    `${results.mode === "quick" ? "**Quick mode (harness check): figures are not meaningful.** " : ""}Run ${m.date} with \`npm run bench${results.mode === "quick" ? " -- --quick" : ""}\`${results.cpuProfiled ? " **with --cpu-prof (slower than normal)**" : ""}.`,
    "",
    `- Shop: ${results.source}, production builds (\`medusa build\`, \`astro build\`), NODE_ENV=production${results.buildProblem ? `. **Note:** ${results.buildProblem}` : ""}`,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}; load average when the run began ${m.loadAverageAtStart.join(" / ")} (1/5/15 min)`,
    `- Node ${m.node}, Postgres ${m.postgres}${results.embeddedPostgres ? " (embedded)" : ""}, Medusa ${m.medusa}, Astro ${m.astro}, autocannon ${m.autocannon}, Lighthouse ${m.lighthouse}`,
    `- Catalog: ${results.shop?.products ?? "?"} products in ${results.shop?.categories ?? "?"} categories. Load from autocannon in its own process on loopback.`,
    `- Configurations: **stock** = as \`npm start\` runs it (no Redis, Medusa's caching module off); **cached** = production as docker-compose.yml runs it: REDIS_URL set (Redis event bus, workflow engine, locking), \`MEDUSA_FF_CACHING=true\` with the Redis caching provider, and the backend as an API server process plus a worker process (\`MEDUSA_WORKER_MODE\`).`,
    `- × peak: throughput over 3× Sweet Crumbs' weekend peak (${PEAK.pageViewsPerSecond} page views/s, ${PEAK.apiRequestsPerSecond} API request/s, ${PEAK.ordersPerSecond} order/s).`,
    ...(results.complete ? [] : ["", "**Incomplete run: the tables hold what finished before it stopped.**"]),
    ...(results.failures.length ? ["", "Failed:", ...results.failures.map((f) => `- ${f}`)] : []),
    ...(results.notRun.length ? ["", "Not run:", ...results.notRun.map((n) => `- ${n}`)] : []),
    "",
    ...tables.map(table).flatMap((t) => [t, ""]),
    "See `bench/README.md` for what each scenario does and why targets are missed.",
    "",
  ].join("\n")
}
