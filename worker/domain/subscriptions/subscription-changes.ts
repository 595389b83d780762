import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { InvalidRequestError } from "../../shared/errors";
import { currencyExponent } from "../../shared/money";
import type { BillingContext } from "../billing-context";
import { assertNotEnded, currentSubscription, releaseSchedule } from "./subscription-actions";
import { changeNow } from "./subscription-change-now";

export interface PlanChange {
  price?: string;
  quantity?: number;
  proration_date?: number;
}

interface Target {
  item: Stripe.SubscriptionItem;
  stripePrice: string;
  quantity: number;
}

/**
 * The Stripe price behind one of our prices, if a subscription in `currency` may move to it:
 * recurring, active, mirrored, and priced in that currency. Anything else is a 400 on `price`.
 */
export async function changeablePrice(tx: TransactionSql, id: string, currency: string): Promise<string> {
  const [price] = await tx<{ stripe_id: string | null; active: boolean; type: string; in_currency: boolean }[]>`
    select stripe_id, active, type, exists (select 1 from price_amounts a where a.price_id = p.id and a.currency = ${currency}) as in_currency
    from prices p where id = ${id}`;
  if (!price) throw new InvalidRequestError("resource_missing", `No such price: '${id}'.`, "price");
  if (price.type !== "recurring") throw new InvalidRequestError("price_not_recurring", "A subscription needs a recurring price.", "price");
  if (!price.active) throw new InvalidRequestError("price_inactive", `Price '${id}' is archived.`, "price");
  if (!price.in_currency)
    throw new InvalidRequestError("price_currency_mismatch", `Price '${id}' has no amount in ${currency.toUpperCase()}.`, "price");
  if (!price.stripe_id) throw new InvalidRequestError("price_not_synced", `Price '${id}' is not on Stripe yet.`, "price");
  return price.stripe_id;
}

/** What the subscription's single item becomes; refuses a change that changes nothing. */
async function target(billing: BillingContext, subscription: Stripe.Subscription, change: PlanChange): Promise<Target> {
  if (change.price === undefined && change.quantity === undefined)
    throw new InvalidRequestError("parameter_missing", "Pass a new price, a new quantity, or both.", "price");
  assertNotEnded(subscription);
  const item = subscription.items.data[0];
  if (!item || subscription.items.data.length !== 1)
    throw new InvalidRequestError("subscription_items_unsupported", "Only single-price subscriptions can change plan here.", "id");
  const stripePrice = change.price
    ? await billing.inTenant((tx) => changeablePrice(tx, change.price as string, subscription.currency))
    : item.price.id;
  const quantity = change.quantity ?? item.quantity ?? 1;
  if (stripePrice === item.price.id && quantity === (item.quantity ?? 1))
    throw new InvalidRequestError(
      "nothing_to_change",
      "The subscription already has this price and quantity.",
      change.price ? "price" : "quantity",
    );
  if (
    change.proration_date !== undefined &&
    (change.proration_date < item.current_period_start || change.proration_date > item.current_period_end)
  )
    throw new InvalidRequestError("parameter_invalid", "proration_date must be within the current billing period.", "proration_date");
  return { item, stripePrice, quantity };
}

/** Now, within the item's current period: the proration date of a change made now (fixed, so the invoice equals its preview). */
const prorationNow = (item: Stripe.SubscriptionItem) =>
  Math.min(Math.max(Math.floor(Date.now() / 1000), item.current_period_start), item.current_period_end);

function lineOf(line: Stripe.InvoiceLineItem) {
  const details = line.parent?.subscription_item_details ?? line.parent?.invoice_item_details;
  return {
    description: line.description ?? "",
    amount: line.amount,
    proration: details?.proration ?? false,
    period: { start: line.period.start, end: line.period.end },
  };
}

/**
 * What a change now would cost: the invoice Stripe would make at once (prorations, charged now)
 * and the next renewal at the new terms. Passing the returned proration_date to the change makes
 * the real invoice equal this preview to the cent.
 */
export async function previewChange(billing: BillingContext, id: string, change: PlanChange) {
  const subscription = await currentSubscription(billing, id);
  const { item, stripePrice, quantity } = await target(billing, subscription, change);
  const prorationDate = change.proration_date ?? prorationNow(item);
  const items = [{ id: item.id, price: stripePrice, quantity }];
  const now = await billing.stripe.invoices.createPreview(
    {
      subscription: subscription.id,
      subscription_details: { items, proration_behavior: "always_invoice", proration_date: prorationDate },
    },
    billing.on,
  );
  const immediate = now.billing_reason === "subscription_update";
  const next = await billing.stripe.invoices
    .createPreview({ subscription: subscription.id, subscription_details: { items, proration_behavior: "none" } }, billing.on)
    .catch((error: { code?: string }) => {
      if (error.code === "invoice_upcoming_none") return null;
      throw error;
    });
  return {
    object: "subscription_change_preview" as const,
    currency: subscription.currency,
    currency_exponent: currencyExponent(subscription.currency),
    proration_date: prorationDate,
    lines: immediate ? now.lines.data.map(lineOf) : [],
    amount_due_now: immediate ? now.amount_due : 0,
    next_invoice_amount: next ? next.amount_due : null,
  };
}

/**
 * Applies a change. "now": Stripe prorates and charges the difference at once, and the change
 * applies only if that payment succeeds (see changeNow); a decline comes back as `declined`.
 * "period_end": a subscription schedule keeps the current terms until the period ends and then
 * switches, so a downgrade takes effect at renewal. Any earlier schedule is released first: the
 * latest request wins.
 */
export function applyChange(billing: BillingContext, change: PlanChange & { timing: "now" | "period_end" }) {
  return async (subscription: Stripe.Subscription) => {
    if (change.timing === "period_end" && change.proration_date !== undefined)
      throw new InvalidRequestError("parameter_invalid", "proration_date only applies to a change made now.", "proration_date");
    const { item, stripePrice, quantity } = await target(billing, subscription, change);
    await releaseSchedule(billing, subscription);
    if (change.timing === "now") {
      const prorationDate = change.proration_date ?? prorationNow(item);
      const declined = await changeNow(billing, subscription, { item: item.id, stripePrice, quantity, prorationDate });
      return { timing: "now", price: stripePrice, quantity, declined };
    }
    const schedule = await billing.stripe.subscriptionSchedules.create({ from_subscription: subscription.id }, billing.on);
    await billing.stripe.subscriptionSchedules.update(
      schedule.id,
      {
        end_behavior: "release",
        phases: [
          {
            items: [{ price: item.price.id, quantity: item.quantity ?? 1 }],
            start_date: schedule.phases[0]?.start_date ?? item.current_period_start,
            end_date: item.current_period_end,
          },
          { items: [{ price: stripePrice, quantity }], proration_behavior: "none" },
        ],
      },
      billing.on,
    );
    return { timing: "period_end", price: stripePrice, quantity, schedule: schedule.id };
  };
}
