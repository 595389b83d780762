import type Stripe from "stripe";
import type { PageContext, PageRoute } from "./page-router";
import { readJson, sendJson } from "./page-router";

function findEvent(ctx: PageContext, id: string): { event: Stripe.Event; livemode: boolean } | undefined {
  for (const scope of ctx.core.store.scopes()) {
    const event = ctx.core.store.get<Stripe.Event>(scope, "events", id);
    if (event) return { event, livemode: scope.startsWith("live/") };
  }
  return undefined;
}

/** Delivers one event to its endpoints once, in order, and reports each endpoint's HTTP status. */
async function deliverOnce(ctx: PageContext, event: Stripe.Event, livemode: boolean) {
  const statuses: Array<{ endpoint: string; status: number | null }> = [];
  for (const endpoint of ctx.webhooks.endpointsFor(livemode, event)) {
    statuses.push({ endpoint: endpoint.id, status: await ctx.webhooks.deliver(endpoint, event, 1, false) });
  }
  return statuses;
}

/**
 * The control API for tests (outside `/v1`, so it can never collide with Stripe's): redeliver an event,
 * deliver it several times, deliver a batch in a chosen order, read the delivery log, change settings.
 */
export const controlRoutes: PageRoute[] = [
  {
    method: "POST",
    path: "/_emulator/events/:id/redeliver",
    async handle(ctx) {
      const found = findEvent(ctx, ctx.args[0] ?? "");
      if (!found)
        return sendJson(ctx, 404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such event" } });
      const body = await readJson(ctx);
      const times = Math.min(Math.max(Number(body.times ?? 1), 1), 20);
      const deliveries = [];
      for (let i = 0; i < times; i++) deliveries.push(...(await deliverOnce(ctx, found.event, found.livemode)));
      sendJson(ctx, 200, { deliveries });
    },
  },
  {
    method: "POST",
    path: "/_emulator/events/deliver_batch",
    async handle(ctx) {
      const body = await readJson(ctx);
      const ids = Array.isArray(body.events) ? body.events.map(String) : [];
      const ordered = body.order === "reverse" ? [...ids].reverse() : body.order === "shuffle" ? shuffle(ids) : ids;
      const deliveries = [];
      for (const id of ordered) {
        const found = findEvent(ctx, id);
        if (!found)
          return sendJson(ctx, 404, {
            error: { type: "invalid_request_error", code: "resource_missing", message: `No such event: ${id}` },
          });
        deliveries.push(...(await deliverOnce(ctx, found.event, found.livemode)).map((delivery) => ({ event: id, ...delivery })));
      }
      sendJson(ctx, 200, { order: ordered, deliveries });
    },
  },
  {
    method: "GET",
    path: "/_emulator/deliveries",
    async handle(ctx) {
      sendJson(ctx, 200, { deliveries: ctx.webhooks.log });
    },
  },
  {
    method: "POST",
    path: "/_emulator/settings",
    async handle(ctx) {
      const body = await readJson(ctx);
      for (const [key, value] of Object.entries(body)) ctx.core.store.setSetting(key, String(value));
      sendJson(ctx, 200, { ok: true });
    },
  },
];

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
