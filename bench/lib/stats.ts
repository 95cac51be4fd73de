/** Small measurement helpers shared by the benchmark stages. */
import { readdirSync, lstatSync } from 'node:fs';
import path from 'node:path';

export interface LatencySummary {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Completed requests per second over the measured window. */
  rps: number;
}

/** Nearest-rank percentile of an ascending array (ms). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1];
}

export function summarize(latencies: number[], errors: number, seconds: number): LatencySummary {
  const s = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: s.length, errors,
    p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)),
    mean: round(s.reduce((a, b) => a + b, 0) / Math.max(s.length, 1)),
    rps: round(s.length / Math.max(seconds, 1e-9)),
  };
}

/** Bytes on disk under a directory (allocated blocks, like `du`), symlinks not followed. */
export function diskUsage(dir: string): number {
  let total = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const st = lstatSync(p);
      total += st.blocks * 512;
      if (st.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return total;
}

export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
