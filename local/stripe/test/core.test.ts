import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { emulatorOnly, rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: request handling", () => {
  let target: Target;
  before(async () => {
    target = await stripeClient();
  });
  after(() => target.close());

  it("creates, retrieves, updates, lists and deletes customers with metadata", async () => {
    const { stripe } = target;
    const created = await stripe.customers.create({ email: "ada@example.com", name: "Ada", metadata: { plan: "pro", keep: "x" } });
    assert.match(created.id, /^cus_/);
    assert.equal(created.livemode, false);
    assert.deepEqual(created.metadata, { plan: "pro", keep: "x" });
    const updated = await stripe.customers.update(created.id, { name: "Ada L.", metadata: { plan: "" } });
    assert.equal(updated.name, "Ada L.");
    assert.deepEqual(updated.metadata, { keep: "x" });
    const fetched = await stripe.customers.retrieve(created.id);
    assert.equal((fetched as Stripe.Customer).name, "Ada L.");
    const deleted = await stripe.customers.del(created.id);
    assert.equal(deleted.deleted, true);
    const missing = await rejection(stripe.customers.retrieve(created.id));
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.code, "resource_missing");
  });

  it("paginates with limit, starting_after and ending_before", async () => {
    const { stripe } = target;
    const tag = `page-${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await stripe.customers.create({ email: `${tag}-${i}@example.com`, metadata: { tag } })).id);
    const newestFirst = [...ids].reverse();
    const first = await stripe.customers.list({ limit: 2 });
    assert.equal(first.object, "list");
    assert.equal(first.url, "/v1/customers");
    assert.deepEqual(
      first.data.map((c) => c.id),
      newestFirst.slice(0, 2),
    );
    assert.equal(first.has_more, true);
    const second = await stripe.customers.list({ limit: 2, starting_after: newestFirst[1] });
    assert.deepEqual(
      second.data.map((c) => c.id),
      newestFirst.slice(2, 4),
    );
    const back = await stripe.customers.list({ limit: 2, ending_before: newestFirst[2] });
    assert.deepEqual(
      back.data.map((c) => c.id),
      newestFirst.slice(0, 2),
    );
  });

  it("filters lists by created range", async () => {
    const { stripe } = target;
    const customer = await stripe.customers.create({ email: "created@example.com" });
    const inRange = await stripe.customers.list({ created: { gte: customer.created, lte: customer.created }, limit: 100 });
    assert.ok(inRange.data.some((c) => c.id === customer.id));
    const before = await stripe.customers.list({ created: { lt: customer.created }, limit: 100 });
    assert.ok(!before.data.some((c) => c.id === customer.id));
  });

  it("searches customers by email and metadata", async () => {
    const { stripe } = target;
    const email = `search-${Date.now()}@example.com`;
    const customer = await stripe.customers.create({ email, metadata: { org: "org_search" } });
    const byEmail = await stripe.customers.search({ query: `email:'${email}'` });
    assert.deepEqual(
      byEmail.data.map((c) => c.id),
      [customer.id],
    );
    const byMetadata = await stripe.customers.search({ query: `metadata['org']:'org_search'` });
    assert.ok(byMetadata.data.some((c) => c.id === customer.id));
  });

  it("refuses unknown and malformed parameters in Stripe's envelope and writes nothing", async () => {
    const { stripe } = target;
    const before = await stripe.customers.list({ limit: 100 });
    const unknown = await rejection(stripe.customers.create({ emial: "x@example.com" } as Stripe.CustomerCreateParams));
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.type, "StripeInvalidRequestError");
    assert.equal(unknown.code, "parameter_unknown");
    assert.equal(unknown.param, "emial");
    const nested = await rejection(stripe.customers.create({ address: { line9: "x" } } as unknown as Stripe.CustomerCreateParams));
    assert.equal(nested.code, "parameter_unknown");
    assert.equal(nested.param, "address[line9]");
    const tooManyKeys = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
    const metadata = await rejection(stripe.customers.create({ metadata: tooManyKeys }));
    assert.equal(metadata.statusCode, 400);
    assert.equal(metadata.param, "metadata");
    const longKey = await rejection(stripe.customers.create({ metadata: { ["k".repeat(41)]: "v" } }));
    assert.equal(longKey.statusCode, 400);
    const longValue = await rejection(stripe.customers.create({ metadata: { k: "v".repeat(501) } }));
    assert.equal(longValue.statusCode, 400);
    const after = await stripe.customers.list({ limit: 100 });
    assert.deepEqual(
      after.data.map((c) => c.id),
      before.data.map((c) => c.id),
    );
  });

  it("answers a bad key with 401 and a missing search query with parameter_missing", async () => {
    const bad = await rejection(target.client("not_a_key").customers.list());
    assert.equal(bad.statusCode, 401);
    assert.equal(bad.type, "StripeAuthenticationError");
    const missing = await rejection(target.stripe.customers.search({} as Stripe.CustomerSearchParams));
    assert.equal(missing.code, "parameter_missing");
    assert.equal(missing.param, "query");
  });

  it("replays an idempotent request and refuses the same key with other parameters", async () => {
    const { stripe } = target;
    const key = `idem-${Date.now()}`;
    const first = await stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: key });
    const replay = await stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: key });
    assert.equal(replay.id, first.id);
    assert.equal(replay.lastResponse.headers["idempotent-replayed"], "true");
    const conflict = await rejection(stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: key }));
    assert.equal(conflict.statusCode, 400);
    assert.equal(conflict.type, "StripeIdempotencyError");
    const list = await stripe.customers.list({ email: "other@example.com" });
    assert.equal(list.data.length, 0);
  });

  it("runs fifty concurrent requests with one key once", async () => {
    const { stripe } = target;
    const key = `concurrent-${Date.now()}`;
    const email = `${key}@example.com`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => stripe.customers.create({ email }, { idempotencyKey: key }).catch((error: Error) => error)),
    );
    const ids = new Set(
      results.filter((result): result is Stripe.Response<Stripe.Customer> => !(result instanceof Error)).map((customer) => customer.id),
    );
    assert.equal(ids.size, 1);
    assert.equal((await stripe.customers.list({ email })).data.length, 1);
  });

  it("answers an oversized body with 413 and an unknown path with 404", emulatorOnly, async () => {
    const big = await fetch(`${target.url}/v1/customers`, {
      method: "POST",
      headers: { authorization: "Bearer sk_test_x", "content-type": "application/x-www-form-urlencoded" },
      body: `description=${"x".repeat(1_100_000)}`,
    });
    assert.equal(big.status, 413);
    const unknown = await rejection(target.stripe.rawRequest("GET", "/v1/nothing_here"));
    assert.equal(unknown.statusCode, 404);
  });

  it("keeps live and test mode apart", emulatorOnly, async () => {
    const live = target.client("sk_live_emulator");
    const customer = await live.customers.create({ email: "live@example.com" });
    assert.equal(customer.livemode, true);
    const fromTest = await rejection(target.stripe.customers.retrieve(customer.id));
    assert.equal(fromTest.statusCode, 404);
  });
});
