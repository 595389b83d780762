/** Polls `url` until it answers `expectStatus`, or throws after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; expectStatus?: number; isDead?: () => boolean },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (options.isDead?.()) throw new Error(`the process serving ${url} exited`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === (options.expectStatus ?? 200)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String((error as Error).cause ?? error);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} did not come up within ${options.timeoutMs / 1000}s (${last})`);
}
