// Small numeric and printing helpers shared by the benchmarks.

/** The p-th percentile (0-100) by nearest rank of an unsorted sample; NaN when empty. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (sample: readonly number[]): number => percentile(sample, 50);

export interface Summary {
  n: number;
  median: number;
  p90: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(sample: readonly number[]): Summary {
  const n = sample.length;
  return {
    n,
    median: percentile(sample, 50),
    p90: percentile(sample, 90),
    p99: percentile(sample, 99),
    min: n ? Math.min(...sample) : Number.NaN,
    max: n ? Math.max(...sample) : Number.NaN,
    mean: n ? sample.reduce((a, b) => a + b, 0) / n : Number.NaN,
  };
}

/** Milliseconds with a precision that suits their size. */
export function ms(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return `${a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 1 ? v.toFixed(2) : v.toFixed(3)} ms`;
}

export function int(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  return Math.round(v).toLocaleString('en-US');
}

export function mb(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '—';
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function pct(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  return `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
}

/** "2.4×" — how many times `a` is `b`. */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

/** A markdown table, columns padded so it also reads well in a terminal. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${widths.map((w, i) => (r[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

export function goal(met: boolean | undefined): string {
  return met === undefined ? 'n/a' : met ? 'met' : 'MISSED';
}
