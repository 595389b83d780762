import type Stripe from "stripe";
import type { RequestContext, Route } from "../http/context";
import { errors } from "../http/errors";
import { parseParams } from "../http/params";
import { customerNow, mustGet } from "../resources/lookup";
import { matchesQuery, paginate, searchResult, withoutPagination } from "../store/list";
import { pendingLines, saveAsInvoiceItems } from "./pending-items";
import { checkPendingUpdateParams } from "./pending-updates";
import { createSubscription } from "./subscription-create";
import { cancelSubscription, endTrial, periodOf, resumeSubscription } from "./subscription-cycle";
import { invoiceSubscription } from "./subscription-invoicing";
import { customerIdOf, prorationLines } from "./subscription-model";
import { CANCELLATION_FEEDBACK, updateShape } from "./subscription-params";
import { applyUpdate } from "./subscription-update";

const load = (ctx: RequestContext, id = ctx.args[0] ?? "") => mustGet<Stripe.Subscription>(ctx, "subscriptions", id, "subscription");
const nowFor = (ctx: RequestContext, subscription: Stripe.Subscription) => customerNow(ctx, customerIdOf(subscription));

function update(ctx: RequestContext): Stripe.Subscription {
  const before = load(ctx);
  const params = parseParams(ctx.input, updateShape);
  if (params.payment_behavior === "pending_if_incomplete") checkPendingUpdateParams(ctx.input);
  const at = nowFor(ctx, before);
  const updated = applyUpdate(ctx, before, params, at);
  if (params.trial_end === "now" && updated.status === "trialing") return endTrial(ctx, updated, at, true);
  return updated;
}

export const subscriptionRoutes: Route[] = [
  { method: "POST", path: "/v1/subscriptions", handler: createSubscription },
  {
    method: "GET",
    path: "/v1/subscriptions/search",
    handler(ctx) {
      const params = parseParams(ctx.input, { query: "string", limit: "integer", page: "string" }, ["query"]);
      const all = ctx.emulator.store.all<Stripe.Subscription>(ctx.scope, "subscriptions");
      return searchResult(
        all.filter((subscription) => matchesQuery(subscription as unknown as Record<string, unknown>, params.query ?? "")),
        "/v1/subscriptions/search",
        params.limit ?? 10,
      );
    },
  },
  { method: "GET", path: "/v1/subscriptions/:id", handler: (ctx) => load(ctx) },
  { method: "POST", path: "/v1/subscriptions/:id", handler: update },
  {
    method: "DELETE",
    path: "/v1/subscriptions/:id",
    handler(ctx) {
      const subscription = load(ctx);
      const params = parseParams(ctx.input, {
        invoice_now: "boolean",
        prorate: "boolean",
        cancellation_details: { object: { comment: "string", feedback: { enum: CANCELLATION_FEEDBACK } } },
      });
      if (subscription.status === "canceled" || subscription.status === "incomplete_expired")
        throw errors.badRequest(`No such subscription: '${subscription.id}' is already canceled.`, "resource_missing", "id");
      const at = nowFor(ctx, subscription);
      if (params.prorate && ["active", "past_due"].includes(subscription.status)) {
        const items = subscription.items.data.map((item) => ({ id: item.id, price: item.price, quantity: item.quantity ?? 1 }));
        saveAsInvoiceItems(
          ctx,
          customerIdOf(subscription),
          prorationLines(ctx, subscription, items, [], periodOf(subscription), at),
          at,
          subscription.test_clock as string | null,
        );
      }
      if (params.invoice_now) {
        const lines = pendingLines(ctx, customerIdOf(subscription), subscription.id);
        if (lines.length > 0)
          invoiceSubscription(ctx, subscription, { lines, reason: "subscription_cycle", at, finalizeNow: true, pay: "off_session" });
      }
      const latest = load(ctx);
      if (params.cancellation_details)
        latest.cancellation_details = {
          comment: params.cancellation_details.comment || null,
          feedback: (params.cancellation_details.feedback || null) as Stripe.Subscription.CancellationDetails.Feedback | null,
          feedback_option: null,
          reason: null,
        };
      return cancelSubscription(ctx, latest, at, "cancellation_requested");
    },
  },
  {
    method: "POST",
    path: "/v1/subscriptions/:id/resume",
    handler(ctx) {
      const subscription = load(ctx);
      parseParams(ctx.input, {
        billing_cycle_anchor: { object: { type: { enum: ["now", "unchanged"] } } },
        payment_behavior: { enum: ["allow_incomplete", "error_if_incomplete", "pending_if_incomplete"] },
        proration_behavior: { enum: ["create_prorations", "always_invoice", "none"] },
        proration_date: "integer",
      });
      if (subscription.status !== "paused")
        throw errors.badRequest("Only a paused subscription can be resumed.", "subscription_not_paused");
      return resumeSubscription(ctx, subscription, nowFor(ctx, subscription));
    },
  },
  {
    method: "GET",
    path: "/v1/subscriptions",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        customer: "string",
        status: {
          enum: ["active", "all", "canceled", "ended", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"],
        },
        price: "string",
        test_clock: "string",
        created: "any",
        collection_method: "string",
      });
      const store = ctx.emulator.store;
      const all = (
        params.customer
          ? store.allBy<Stripe.Subscription>(ctx.scope, "subscriptions", "customer", params.customer)
          : store.all<Stripe.Subscription>(ctx.scope, "subscriptions")
      )
        .filter((subscription) => !params.test_clock || subscription.test_clock === params.test_clock)
        .filter((subscription) => !params.price || subscription.items.data.some((item) => item.price.id === params.price))
        .filter((subscription) => {
          if (params.status === "all") return true;
          if (params.status === "ended") return subscription.status === "canceled" || subscription.status === "incomplete_expired";
          if (params.status) return subscription.status === params.status;
          // Stripe's default list leaves canceled subscriptions out.
          return subscription.status !== "canceled" && subscription.status !== "incomplete_expired";
        });
      return paginate(all, ctx.input, "/v1/subscriptions", "subscription");
    },
  },
  {
    method: "GET",
    path: "/v1/subscription_items",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { subscription: "string" }, ["subscription"]);
      const subscription = load(ctx, params.subscription ?? "");
      return paginate(subscription.items.data, ctx.input, `/v1/subscription_items?subscription=${subscription.id}`, "subscription item");
    },
  },
  {
    method: "GET",
    path: "/v1/subscription_items/:id",
    handler(ctx) {
      const id = ctx.args[0] ?? "";
      for (const subscription of ctx.emulator.store.all<Stripe.Subscription>(ctx.scope, "subscriptions")) {
        const item = subscription.items.data.find((candidate) => candidate.id === id);
        if (item) return item;
      }
      throw errors.notFound("subscription item", id);
    },
  },
];
