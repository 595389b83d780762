import autocannon from "autocannon";

export interface BenchResult {
  bench: string;
  p50_ms: number;
  p99_ms: number;
  rps: number;
  errors: number;
  non_2xx: number;
}

/** Drives `url` with autocannon for `seconds` and returns one JSON-line figure. */
export async function load(
  bench: string,
  url: string,
  options: {
    seconds?: number;
    connections?: number;
    headers?: Record<string, string>;
    method?: "GET" | "POST";
    /** A JSON body, sent with every request. */
    body?: unknown;
    overallRate?: number;
    /** Each request from a client address of its own (CF-Connecting-IP), as many browsers would call. */
    manyClients?: boolean;
  } = {},
): Promise<BenchResult> {
  let client = 0;
  const result = await autocannon({
    url,
    duration: options.seconds ?? 10,
    connections: options.connections ?? 10,
    headers: options.body === undefined ? options.headers : { ...options.headers, "content-type": "application/json" },
    ...(options.method ? { method: options.method } : {}),
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    ...(options.manyClients
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => {
                client = (client + 1) % 0xffff;
                request.headers = { ...request.headers, "CF-Connecting-IP": `2001:db8::${client.toString(16)}` };
                return request;
              },
            },
          ],
        }
      : {}),
    // A fixed offered load (requests per second across all connections) instead of "as fast as possible".
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  });
  return {
    bench,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors,
    non_2xx: result.non2xx,
  };
}
