import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Stripe from "stripe";
import { emulatorOnly, stripeClient, type Target } from "./client";
import { startReceiver } from "./webhook-receiver";

describe("stripe emulator: events and webhooks", emulatorOnly, () => {
  let target: Target;
  before(async () => {
    target = await stripeClient({ webhookRetryDelaysMs: [50, 100] });
  });
  after(() => target.close());

  it("signs deliveries so constructEventAsync verifies them, and rejects a tampered one", async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await target.stripe.webhookEndpoints.create({
        url: receiver.url,
        enabled_events: ["customer.created", "customer.updated"],
      });
      assert.match(String(endpoint.secret), /^whsec_/);
      const customer = await target.stripe.customers.create({ email: "hook@example.com" });
      await target.stripe.customers.update(customer.id, { name: "Hooked" });
      await receiver.until((items) => items.length >= 2);
      const first = receiver.received[0];
      assert.ok(first);
      const event = await Stripe.webhooks.constructEventAsync(first.body, first.signature, String(endpoint.secret));
      assert.equal(event.type, "customer.created");
      assert.equal((event.data.object as Stripe.Customer).id, customer.id);
      const updated = JSON.parse(receiver.received[1]?.body ?? "{}") as Stripe.Event;
      assert.deepEqual(updated.data.previous_attributes, { name: null });
      const tampered = first.body.replace("hook@example.com", "evil@example.com");
      await assert.rejects(Stripe.webhooks.constructEventAsync(tampered, first.signature, String(endpoint.secret)));
      await assert.rejects(Stripe.webhooks.constructEventAsync(first.body, first.signature, "whsec_wrong"));
    } finally {
      await receiver.close();
    }
  });

  it("retries a delivery answered with 500 until it succeeds", async () => {
    const receiver = await startReceiver([500, 503]);
    try {
      const endpoint = await target.stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: ["product.created"] });
      const product = await target.stripe.products.create({ name: "Retry me" });
      await receiver.until((items) => items.length >= 3);
      const ids = receiver.received.map((item) => (JSON.parse(item.body) as Stripe.Event).data.object as Stripe.Product).map((p) => p.id);
      assert.deepEqual(ids, [product.id, product.id, product.id]);
      const log = (await (await fetch(`${target.url}/_emulator/deliveries`)).json()) as {
        deliveries: Array<{ status: number; attempt: number; endpoint: string }>;
      };
      const mine = log.deliveries.filter((delivery) => delivery.endpoint === endpoint.id);
      assert.deepEqual(
        mine.map((delivery) => [delivery.attempt, delivery.status]),
        [
          [1, 500],
          [2, 503],
          [3, 200],
        ],
      );
    } finally {
      await receiver.close();
    }
  });

  it("redelivers an event twice and a batch out of order through the control API", async () => {
    const receiver = await startReceiver();
    try {
      await target.stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: ["coupon.created", "price.created"] });
      const product = await target.stripe.products.create({ name: "Batch" });
      const prices = [];
      for (const amount of [100, 200, 300])
        prices.push(await target.stripe.prices.create({ product: product.id, currency: "usd", unit_amount: amount }));
      await receiver.until((items) => items.length >= 3);
      const events = await target.stripe.events.list({ type: "price.created", limit: 3 });
      const [newest] = events.data;
      assert.ok(newest);
      const twice = await fetch(`${target.url}/_emulator/events/${newest.id}/redeliver`, {
        method: "POST",
        body: JSON.stringify({ times: 2 }),
      });
      assert.equal(((await twice.json()) as { deliveries: unknown[] }).deliveries.length, 2);
      const chronological = events.data.map((event) => event.id).reverse();
      const batch = await fetch(`${target.url}/_emulator/events/deliver_batch`, {
        method: "POST",
        body: JSON.stringify({ events: chronological, order: "reverse" }),
      });
      assert.deepEqual(((await batch.json()) as { order: string[] }).order, [...chronological].reverse());
      const tail = receiver.received.slice(-3).map((item) => (JSON.parse(item.body) as Stripe.Event).id);
      assert.deepEqual(tail, [...chronological].reverse());
    } finally {
      await receiver.close();
    }
  });

  it("sends connected-account events only to connect endpoints, with account set", async () => {
    const platformHooks = await startReceiver();
    const connectHooks = await startReceiver();
    try {
      await target.stripe.webhookEndpoints.create({ url: platformHooks.url, enabled_events: ["customer.created"] });
      await target.stripe.webhookEndpoints.create({ url: connectHooks.url, enabled_events: ["customer.created"], connect: true });
      const account = await target.stripe.accounts.create({ type: "express" });
      await target.stripe.customers.create({ email: "connected@example.com" }, { stripeAccount: account.id });
      await connectHooks.until((items) => items.length >= 1);
      const event = JSON.parse(connectHooks.received[0]?.body ?? "{}") as Stripe.Event;
      assert.equal(event.account, account.id);
      assert.equal(platformHooks.received.length, 0);
    } finally {
      await platformHooks.close();
      await connectHooks.close();
    }
  });

  it("lists events by type with previous attributes, and keeps state across a restart", async () => {
    const customer = await target.stripe.customers.create({ email: "persist@example.com" });
    const events = await target.stripe.events.list({ type: "customer.created", limit: 1 });
    const [created] = events.data;
    assert.ok(created);
    assert.equal((created.data.object as Stripe.Customer).id, customer.id);
    assert.ok(target.emulator && target.dataDir);
    await target.emulator.stop();
    const { startStripeEmulator } = await import("../server");
    const restarted = await startStripeEmulator({ port: 0, dataDir: target.dataDir });
    try {
      const client = new Stripe("sk_test_x", { host: "127.0.0.1", port: restarted.port, protocol: "http" });
      assert.equal((await client.customers.retrieve(customer.id)).id, customer.id);
    } finally {
      target.emulator = restarted;
    }
  });
});
