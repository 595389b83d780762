import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import postgres from "postgres";
import { paths } from "../paths";
import { launchChromium } from "./browser";
import { type BootedStack, bootBeside, bootStack } from "./stack";

/**
 * What a newcomer meets on a fresh `npm start`: the banner's ways in, the page at `/`, a demo
 * merchant that can sell at once, the README's first five minutes verbatim, and background jobs
 * that run on their own (the crons fire every 2 s here instead of every five minutes).
 */
let stack: BootedStack;
let browser: Browser;
let secret: string;
let publishable: string;

before(async () => {
  [stack, browser] = await bootBeside(launchChromium(), () => bootStack(120_000, { BILLINGOS_CRON_INTERVAL_SECONDS: "2" }));
  ({ secret, publishable } = JSON.parse(await readFile(join(stack.home, "demo-keys.json"), "utf8")) as {
    secret: string;
    publishable: string;
  });
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

const get = async <T>(path: string, headers: Record<string, string> = { authorization: `Bearer ${secret}` }) => {
  const response = await fetch(`${stack.api}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
};

/** The ```sh blocks of the README's "First five minutes", as one script (list indentation removed). */
async function firstFiveMinutes(): Promise<string> {
  const readme = await readFile(join(paths.root, "README.md"), "utf8");
  const section = readme.split("\n## First five minutes\n")[1]?.split("\n## ")[0];
  assert.ok(section, "README.md has a 'First five minutes' section");
  const blocks = [...section.matchAll(/^( *)```sh\n([\s\S]*?)^ *```$/gm)].map(([, indent = "", body = ""]) =>
    body
      .split("\n")
      .map((line) => line.slice(Math.min(indent.length, line.length - line.trimStart().length)))
      .join("\n"),
  );
  assert.ok(blocks.length >= 6, `found ${blocks.length} sh blocks`);
  return blocks.join("\n");
}

describe("a newcomer's first minutes with npm start", () => {
  it("prints the ways in, no wrangler warning about crons, and no masked password next to its value", () => {
    const output = stack.output();
    assert.match(output, new RegExp(`Start here\\s+${stack.api}/ `));
    assert.match(output, new RegExp(`Admin\\s+${stack.api}/admin/`));
    assert.match(output, new RegExp(`Postgres\\s+postgres://postgres:postgres@127.0.0.1:${stack.ports.postgres}/postgres`));
    assert.doesNotMatch(output, /\*\*\*\*/);
    assert.doesNotMatch(output, /Scheduled Workers are not automatically triggered/);
    assert.doesNotMatch(output, /not ready to sell/);
  });

  it("answers GET / with a page linking the admin, the docs and the mailbox", async () => {
    const response = await fetch(`${stack.api}/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^text\/html/);
    const html = await response.text();
    for (const href of ["/admin/", "/docs", `http://127.0.0.1:${stack.ports.auth}/mailbox`])
      assert.ok(html.includes(`href="${href}"`), href);
  });

  it("lets /docs Authorize with the demo secret key and try a route with it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const shot = () => page.screenshot({ path: join(paths.root, "test-results", "docs-authorized.png") });
    try {
      await page.goto(`${stack.api}/docs`);
      await page.locator(".swagger-ui .info").getByText("Credentials").waitFor({ timeout: 15_000 });
      await page.locator(".scheme-container .btn.authorize").click();
      const scheme = page.locator(".auth-container").filter({ hasText: "secretKey" });
      await scheme.locator("input").fill(secret);
      await scheme.locator("button.authorize").click();
      await scheme.locator("button", { hasText: "Logout" }).waitFor();
      await page.locator(".modal-ux .close-modal").click();
      const operation = page.locator(".opblock-get").filter({ has: page.locator('.opblock-summary-path[data-path="/v1/products"]') });
      await operation.locator(".opblock-summary").click();
      await operation.locator(".try-out__btn").click();
      await operation.locator(".execute").click();
      await operation.locator(".live-responses-table tbody .response-col_status").first().waitFor();
      assert.equal((await operation.locator(".live-responses-table tbody .response-col_status").first().textContent())?.trim(), "200");
    } finally {
      await shot();
      await page.close();
    }
  });

  it("has the demo merchant ready to sell: onboarded account, catalogue on Stripe, local origins allowed", async () => {
    const account = await get<{ charges_enabled: boolean; payouts_enabled: boolean }>("/v1/connect/account");
    assert.equal(account.status, 200);
    assert.deepEqual([account.body.charges_enabled, account.body.payouts_enabled], [true, true]);
    for (const list of ["/v1/products", "/v1/prices"]) {
      const { body } = await get<{ data: Array<{ id: string; stripe_id: string | null; sync_status: string }> }>(`${list}?limit=100`);
      assert.ok(body.data.length >= 3, list);
      for (const item of body.data) {
        assert.equal(item.sync_status, "synced", `${item.id} is synced`);
        assert.match(item.stripe_id ?? "", /^(prod|price)_/, `${item.id} has a Stripe id`);
      }
    }
    const features = await get<{ data: Array<{ key: string }> }>("/v1/features");
    assert.deepEqual(features.body.data.map((feature) => feature.key).sort(), ["api_calls", "projects", "seats", "sso"]);
    for (const origin of ["http://127.0.0.1:3000", "http://localhost:3000"]) {
      const pricing = await get<{ object: string }>("/v1/pricing", { authorization: `Bearer ${publishable}`, origin });
      assert.equal(pricing.status, 200, origin);
      assert.equal(pricing.headers.get("access-control-allow-origin"), origin);
    }
    const elsewhere = await get<{ error: { code: string } }>("/v1/pricing", {
      authorization: `Bearer ${publishable}`,
      origin: "http://evil.test",
    });
    assert.equal(elsewhere.body.error.code, "origin_not_allowed");
  });

  it("runs the README's first five minutes verbatim: product, price, customer, session, checkout, payment", async () => {
    const { stdout } = await promisify(execFile)("bash", ["-e", "-c", await firstFiveMinutes()], {
      cwd: paths.root,
      env: {
        ...process.env,
        BILLINGOS_HOME: stack.home,
        BILLINGOS_API_PORT: String(stack.ports.api),
        BILLINGOS_STRIPE_PORT: String(stack.ports.stripe),
      },
    });
    assert.deepEqual(stdout.trim().split("\n"), ["synced", "2000", "succeeded", "complete", "active"]);
  });

  it("sweeps an expired checkout on the cron schedule, with no request touching it", async () => {
    const headers = { authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const post = async <T>(path: string, body: unknown) =>
      (await (await fetch(`${stack.api}${path}`, { method: "POST", headers, body: JSON.stringify(body) })).json()) as T;
    const customer = await post<{ id: string }>("/v1/customers", { email: "abandons@example.test" });
    const checkout = await post<{ id: string; status: string; subscription: string; stripe: { account: string } }>(
      "/v1/checkout_sessions",
      {
        customer: customer.id,
        price: "price_demoEnterpriseYearly", // no trial: it waits for a payment
      },
    );
    assert.match(checkout.subscription, /^sub_/);
    assert.equal(checkout.status, "open");
    // Age it in the database, as thirty minutes would; from here on nothing calls the API about it.
    const sql = postgres(`postgres://postgres:postgres@127.0.0.1:${stack.ports.postgres}/postgres`, { max: 1, onnotice: () => {} });
    try {
      await sql`update checkout_sessions set expires_at = now() - interval '1 minute' where id = ${checkout.id}`;
      let status = "open";
      for (let attempt = 0; attempt < 60 && status === "open"; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        [{ status } = { status: "missing" }] = await sql<
          { status: string }[]
        >`select status from checkout_sessions where id = ${checkout.id}`;
      }
      assert.equal(status, "expired");
    } finally {
      await sql.end();
    }
    const subscription = (await (
      await fetch(`http://127.0.0.1:${stack.ports.stripe}/v1/subscriptions/${checkout.subscription}`, {
        headers: { authorization: "Bearer sk_test_e2e", "stripe-account": checkout.stripe.account },
      })
    ).json()) as { status: string };
    assert.ok(
      ["canceled", "incomplete_expired"].includes(subscription.status),
      `the subscription the checkout started is ${subscription.status}`,
    );
  });
});
