import assert from "node:assert/strict";
import { join } from "node:path";
import { it, type TestContext } from "node:test";
import type { Page } from "playwright-core";

// What billing-flow.e2e.ts needs besides the page: the merchant's API (with its secret key, as the
// merchant's backend or a support person would read it), the Stripe test clock the customer lives
// on, and the story's steps.

export interface Subscription {
  id: string;
  status: string;
  price: string;
  cancel_at_period_end: boolean;
  paused: boolean;
  trial_end: number | null;
  current_period_end: number | null;
  past_due_since: number | null;
  access_ends_at: number | null;
}

export interface Invoice {
  id: string;
  subscription: string | null;
  status: string;
  currency: string;
  amount_due: number;
  amount_paid: number;
  created: number;
}

/** The demo merchant's API, called with its secret key. */
export function merchantApi(api: string, secret: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { Authorization: `Bearer ${secret}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as T;
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    get: <T>(path: string) => call<T>("GET", path),
    post: <T>(path: string, body: unknown = {}) => call<T>("POST", path, body),
    subscriptions: async (customer: string) => (await call<{ data: Subscription[] }>("GET", `/v1/subscriptions?customer=${customer}`)).data,
    invoices: async (customer: string) => (await call<{ data: Invoice[] }>("GET", `/v1/invoices?customer=${customer}&limit=100`)).data,
    /**
     * Moves the customer's test clock to `to` (Unix seconds) and waits until Stripe has run what fell
     * due on the way (trial ends, renewals, payment attempts); their webhooks follow.
     */
    async advanceClock(clock: string, to: number): Promise<void> {
      await call("POST", `/v1/test_clocks/${clock}/advance`, { frozen_time: to });
      await eventually(
        () => call<{ status: string; frozen_time: number }>("GET", `/v1/test_clocks/${clock}`),
        (read) => read.status === "ready" && read.frozen_time === to,
        "the test clock finished advancing",
      );
    },
  };
}

/** Webhooks settle the mirror a moment after the page shows success. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, attempts = 100): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < attempts && !done(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  assert.ok(done(value), `${what}: ${JSON.stringify(value)}`);
  return value;
}

/**
 * Polls an expression in the page (page.waitForFunction's polling evaluates strings with eval,
 * which the page's strict CSP refuses).
 */
export async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await page.evaluate(expression)) !== true) {
    assert.ok(Date.now() < deadline, `not within ${timeoutMs} ms: ${expression}`);
    await page.waitForTimeout(100);
  }
}

/** One step of the story: once a step fails the rest are skipped (they need it), instead of each timing out. */
let broken: string | undefined;
export function step(name: string, run: () => Promise<void>): void {
  it(name, async (t: TestContext) => {
    if (broken) return t.skip(`"${broken}" failed`);
    try {
      await run();
    } catch (error) {
      broken = name;
      throw error;
    }
  });
}

/**
 * The screen as a customer sees it on a desktop and on a phone (375 px), in light and dark mode:
 * test-results/billing-flow/<name>-<device>-<scheme>.png. A dialog is shot as the viewport shows
 * it; a page whole.
 */
export async function looks(page: Page, artifacts: string, name: string, options: { dialog?: boolean } = {}): Promise<void> {
  const desktop = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const [device, size] of [
    ["desktop", desktop],
    ["phone", { width: 375, height: 812 }],
  ] as const) {
    await page.setViewportSize(size);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      // Colours ease over 120 ms.
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(artifacts, `${name}-${device}-${colorScheme}.png`), fullPage: !options.dialog });
    }
  }
  await page.setViewportSize(desktop);
  await page.emulateMedia({ colorScheme: "light" });
}
