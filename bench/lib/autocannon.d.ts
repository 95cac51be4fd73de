// autocannon ships no types; only what bench/lib/autocannon-run.ts uses.
declare module 'autocannon' {
  interface Request { method?: string; path?: string; body?: string; headers?: Record<string, string> }
  interface Options { url: string; connections?: number; duration?: number; requests?: Request[]; pipelining?: number }
  interface Histogram { p50: number; p90: number; p97_5: number; p99: number; average: number; max: number }
  interface Result { latency: Histogram; requests: { average: number; total: number }; errors: number; timeouts: number; non2xx: number; duration: number }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
