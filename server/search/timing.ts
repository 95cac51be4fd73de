/**
 * Where a request's time went, sent as a `Server-Timing` header (shown by browsers' developer
 * tools, read by the benchmark): analysis, each engine round trip, and building the response.
 */
export class Timing {
  private last = performance.now();
  private readonly parts: { name: string; ms: number }[] = [];

  /** Close the phase that ends now. */
  mark(name: string): void {
    const now = performance.now();
    this.parts.push({ name, ms: now - this.last });
    this.last = now;
  }

  header(): string {
    return this.parts.map((p) => `${p.name};dur=${p.ms.toFixed(1)}`).join(', ');
  }
}
