import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Browser, chromium } from "playwright-core";
import { type DemoKeys, makeDemoReadyToSell } from "./ready-to-sell";
import { type BootedStack, bootBeside } from "./stack";

// Gates and a usage meter on a merchant's page (the example's origin, allowed by the demo
// organisation) against the real `npm start` stack: one customer_state request for the page,
// cross-origin polling with If-None-Match (the API exposes its ETag), and the meter moving after
// the merchant's backend records usage.

let stack: BootedStack;
let browser: Browser;
let keys: DemoKeys;

before(async () => {
  // The page is answered by Playwright on the example's origin, which Chromium counts as a public
  // address: let it reach the loopback API as the real example page (served from 127.0.0.1) does.
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
  const network = "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights";
  const launch = chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...args, network] });
  [stack, browser] = await bootBeside(launch);
  keys = await makeDemoReadyToSell(stack);
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

async function api<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${stack.api}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${keys.secret}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

describe("feature gates and usage meters on the real stack", () => {
  it("share one customer state, poll it with its ETag across origins, and follow recorded usage", async () => {
    const customer = await api<{ id: string }>("/v1/customers", { email: `gate-${Date.now()}@example.com` });
    await api(`/v1/customers/${customer.id}/grants`, { feature: "sso", value: true });
    await api(`/v1/customers/${customer.id}/grants`, { feature: "api_calls", value: 100 });
    const session = await api<{ token: string; expires_at: number }>("/v1/customer_sessions", { customer: customer.id });
    const gates = Array.from({ length: 10 }, (_, index) => {
      const feature = index % 2 ? "sso" : "projects";
      return `<billing-feature-gate feature="${feature}"><p class="open">${feature}</p></billing-feature-gate>`;
    }).join("");
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="${stack.api}/sdk/billingos.js"></script></head><body>
<billing-provider publishable-key="${keys.publishable}" api-base="${stack.api}" poll-interval="5">${gates}
<billing-usage-meter feature="api_calls"></billing-usage-meter></billing-provider>
<script>document.querySelector("billing-provider").fetchSession = async () => (${JSON.stringify({ token: session.token, expires_at: session.expires_at })});</script>
</body></html>`;
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    const consoleLines: string[] = [];
    page.on("console", (message) => consoleLines.push(message.text()));
    page.on("requestfailed", (request) => consoleLines.push(`failed ${request.method()} ${request.url()}`));
    const polls: Array<{ ifNoneMatch: string | undefined; status?: number }> = [];
    page.on("request", (request) => {
      if (request.url().includes("/v1/customer_state") && request.method() === "GET")
        polls.push({ ifNoneMatch: request.headers()["if-none-match"] });
    });
    page.on("response", (response) => {
      const poll = polls.find((entry) => entry.status === undefined);
      if (response.url().includes("/v1/customer_state") && response.request().method() === "GET" && poll) poll.status = response.status();
    });
    await page.route(`${stack.example}/gates`, (route) => route.fulfill({ contentType: "text/html", body: html }));
    await page.goto(`${stack.example}/gates`);
    // Page-side code as text: local/ is type-checked without the DOM's types (this page has no CSP).
    await page
      .waitForFunction(`[...document.querySelectorAll("billing-feature-gate")].every((gate) => gate.allowed !== undefined)`, undefined, {
        timeout: 20_000,
      })
      .catch((error: Error) => {
        throw new Error(`${error.message}\n${[...problems, ...consoleLines].join("\n")}\npolls: ${JSON.stringify(polls)}`);
      });
    const answers = (await page.evaluate(
      `[...document.querySelectorAll("billing-feature-gate")].map((gate) => [gate.getAttribute("feature"), gate.allowed])`,
    )) as Array<[string, boolean]>;
    assert.deepEqual(
      answers.filter(([, allowed]) => allowed).map(([feature]) => feature),
      ["sso", "sso", "sso", "sso", "sso"],
    );
    assert.equal(polls.length, 1, "one customer_state request for eleven elements");
    assert.equal(await page.locator("billing-usage-meter >> [part=value]").textContent(), "0 of 100");

    await api("/v1/usage", { id: `evt_gate_${Date.now()}`, customer: customer.id, feature: "api_calls", value: 85 });
    await page.locator("billing-usage-meter >> [part=value]").getByText("85 of 100").waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(`document.querySelector("billing-usage-meter").matches(":state(warning)")`), true);
    // The next poll finds nothing new: a 304 for the ETag the page read across origins.
    const deadline = Date.now() + 15_000;
    while (!polls.some((poll) => poll.status === 304) && Date.now() < deadline) await page.waitForTimeout(500);
    assert.ok(
      polls.slice(1).every((poll) => poll.ifNoneMatch?.startsWith('"')),
      JSON.stringify(polls),
    );
    assert.ok(
      polls.some((poll) => poll.status === 304),
      JSON.stringify(polls),
    );
    assert.deepEqual(problems, []);
  });
});
