/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN when empty. */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => percentile(values, 50);

export const round = (v, digits = 0) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

export const mib = (bytes) => round(bytes / 1024 / 1024, 0);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
