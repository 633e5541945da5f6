// Latency percentiles from every recorded sample (nearest-rank), in milliseconds.

export function latencySummary(samples) {
  if (!samples.length) return { count: 0, p50: null, p95: null, p99: null, mean: null, max: null }
  const sorted = Float64Array.from(samples).sort()
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  const round = (ms) => Math.round(ms * 10) / 10
  return {
    count: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    max: round(sorted[sorted.length - 1]),
  }
}
