/** The API under autocannon (one HTTP request per query), as a second opinion on the closed-loop figures. */
import autocannon from 'autocannon';

export interface AutocannonSummary {
  requests: number;
  errors: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  rps: number;
}

export async function autocannonGet(baseUrl: string, paths: string[], connections: number, seconds: number): Promise<AutocannonSummary> {
  const r = await autocannon({ url: baseUrl, connections, duration: seconds, requests: paths.map((p) => ({ method: 'GET', path: p })) });
  return {
    requests: r.requests.total, errors: r.errors + r.timeouts + r.non2xx,
    p50: r.latency.p50, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99, rps: Math.round(r.requests.average * 10) / 10,
  };
}
