import type Stripe from "stripe";
import type { RequestContext, Route } from "../http/context";
import { errors } from "../http/errors";
import { parseParams } from "../http/params";
import { customerNow, mustGet } from "../resources/lookup";
import { applyUpdate } from "./subscription-update";

const prorationShape = {
  proration_behavior: { enum: ["create_prorations", "always_invoice", "none"] },
  proration_date: "integer",
} as const;

function owner(ctx: RequestContext, itemId: string): Stripe.Subscription {
  const subscription = ctx.emulator.store
    .all<Stripe.Subscription>(ctx.scope, "subscriptions")
    .find((candidate) => candidate.items.data.some((item) => item.id === itemId));
  if (!subscription) throw errors.notFound("subscription item", itemId);
  return subscription;
}

const at = (ctx: RequestContext, subscription: Stripe.Subscription) => customerNow(ctx, String(subscription.customer));

/** Subscription Items: the same change as `subscriptions.update` with one item, prorated the same way. */
export const subscriptionItemRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/subscription_items",
    handler(ctx) {
      const params = parseParams(
        ctx.input,
        { subscription: "string", price: "string", quantity: "integer", metadata: "metadata", ...prorationShape },
        ["subscription", "price"],
      );
      const subscription = mustGet<Stripe.Subscription>(ctx, "subscriptions", params.subscription ?? "", "subscription", "subscription");
      const known = new Set(subscription.items.data.map((item) => item.id));
      const updated = applyUpdate(
        ctx,
        subscription,
        {
          items: [{ price: params.price, quantity: params.quantity, metadata: params.metadata }],
          proration_behavior: params.proration_behavior,
          proration_date: params.proration_date,
        },
        at(ctx, subscription),
      );
      const created = updated.items.data.find((item) => !known.has(item.id));
      if (!created) throw errors.badRequest("The subscription item could not be added.", "parameter_invalid", "price");
      return created;
    },
  },
  {
    method: "POST",
    path: "/v1/subscription_items/:id",
    handler(ctx) {
      const id = ctx.args[0] ?? "";
      const subscription = owner(ctx, id);
      const params = parseParams(ctx.input, { price: "string", quantity: "integer", metadata: "metadata", ...prorationShape });
      const updated = applyUpdate(
        ctx,
        subscription,
        {
          items: [{ id, price: params.price, quantity: params.quantity, metadata: params.metadata }],
          proration_behavior: params.proration_behavior,
          proration_date: params.proration_date,
        },
        at(ctx, subscription),
      );
      return updated.items.data.find((item) => item.id === id);
    },
  },
  {
    method: "DELETE",
    path: "/v1/subscription_items/:id",
    handler(ctx) {
      const id = ctx.args[0] ?? "";
      const subscription = owner(ctx, id);
      const params = parseParams(ctx.input, { clear_usage: "boolean", ...prorationShape });
      applyUpdate(
        ctx,
        subscription,
        { items: [{ id, deleted: true }], proration_behavior: params.proration_behavior, proration_date: params.proration_date },
        at(ctx, subscription),
      );
      const deleted: Stripe.DeletedSubscriptionItem = { id, object: "subscription_item", deleted: true };
      return deleted;
    },
  },
];
