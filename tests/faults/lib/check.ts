/** The outcome of one fault check: the line printed, and the numbers kept in tests/artifacts/faults.json. */
export interface CheckResult {
  id: string;
  ok: boolean;
  /** One line per result, printed as is. */
  lines: string[];
  /** Why it failed ("Unexpected X, expected Y"), empty when ok. */
  failures: string[];
  /** Variants not run, with the reason (e.g. mount not permitted). */
  skipped: string[];
  numbers: Record<string, unknown>;
  durationMs: number;
}

export function result(id: string, started: number, lines: string[], failures: string[], numbers: Record<string, unknown>, skipped: string[] = []): CheckResult {
  return { id, ok: failures.length === 0, lines, failures, skipped, numbers, durationMs: Date.now() - started };
}

export interface Log {
  (msg: string): void;
}
