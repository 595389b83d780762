import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Stripe from "stripe";
import { emulatorOnly, stripeClient, type Target } from "./client";

describe("stripe emulator: injected faults", emulatorOnly, () => {
  let target: Target;
  let account: string;
  const fault = async (body: Record<string, unknown>) =>
    fetch(`${target.url}/_emulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  before(async () => {
    target = await stripeClient();
    account = (await target.stripe.accounts.create({ type: "express", country: "US" })).id;
  });
  after(() => target?.close());

  it("loses the response of a request that ran: the SDK's retry with the same key replays it, no duplicate", async () => {
    const retrying = target.client("sk_test_faults", { maxNetworkRetries: 2 });
    assert.equal((await fault({ method: "POST", path: "/v1/customers", account, when: "after", times: 1 })).status, 200);
    const customer = await retrying.customers.create({ email: "once@example.test" }, { stripeAccount: account });
    const listed = await retrying.customers.list({ email: "once@example.test" }, { stripeAccount: account });
    assert.deepEqual(
      listed.data.map((c) => c.id),
      [customer.id],
    );
    assert.equal(customer.lastResponse.headers["idempotent-replayed"], "true");
  });

  it("without retries the caller sees Stripe's api_error, and the object exists all the same", async () => {
    const once = target.client("sk_test_faults", { maxNetworkRetries: 0 });
    await fault({ method: "POST", path: "/v1/customers", account, when: "after", times: 1 });
    await assert.rejects(once.customers.create({ email: "lost@example.test" }, { stripeAccount: account }), Stripe.errors.StripeAPIError);
    assert.equal((await once.customers.list({ email: "lost@example.test" }, { stripeAccount: account })).data.length, 1);
  });

  it("refuses before running with 429 and 503, only for the account and path it names, as many times as asked", async () => {
    const once = target.client("sk_test_faults", { maxNetworkRetries: 0 });
    await fault({ method: "POST", path: "/v1/products*", account, status: 429, times: 2 });
    await once.products.create({ name: "Platform is unaffected" });
    for (let i = 0; i < 2; i++) {
      const error = await once.products.create({ name: "Refused" }, { stripeAccount: account }).catch((e: unknown) => e);
      assert.ok(error instanceof Stripe.errors.StripeRateLimitError, String(error));
    }
    await once.products.create({ name: "Third time" }, { stripeAccount: account });
    const names = (await once.products.list({}, { stripeAccount: account })).data.map((p) => p.name);
    assert.deepEqual(names, ["Third time"]);
    await fault({ method: "GET", path: "/v1/products", account, status: 503 });
    await assert.rejects(once.products.list({}, { stripeAccount: account }), Stripe.errors.StripeAPIError);
    assert.equal((await once.products.list({}, { stripeAccount: account })).data.length, 1);
  });

  it("lists and clears faults, and refuses malformed ones", async () => {
    await fault({ method: "POST", path: "/v1/prices", account, status: 500, times: 3 });
    const listed = (await (await fetch(`${target.url}/_emulator/faults`)).json()) as { faults: Array<{ path: string; remaining: number }> };
    assert.deepEqual(
      listed.faults.map((f) => [f.path, f.remaining]),
      [["/v1/prices", 3]],
    );
    const cleared = await fetch(`${target.url}/_emulator/faults?account=${account}`, { method: "DELETE" });
    assert.deepEqual(((await cleared.json()) as { faults: unknown[] }).faults, []);
    for (const bad of [
      { path: "/elsewhere" },
      { path: "/v1/x", status: 404 },
      { path: "/v1/x", when: "after", status: 429 },
      { path: "/v1/x", times: 0 },
    ]) {
      assert.equal((await fault(bad)).status, 400, JSON.stringify(bad));
    }
  });
});
