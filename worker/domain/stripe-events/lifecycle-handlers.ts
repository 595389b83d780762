import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";
import { type ChargeSettlement, recordSettlement, settleRefundedCharge } from "../refunds/charge-settlement";
import { type EventHandler, objectId, onAccount } from "./event-handler";

/**
 * A refund made anywhere (our API, Stripe's dashboard): return BillingOS's share of the fee and
 * record the totals. Both steps work from Stripe's current totals, so a duplicate, late or
 * concurrent delivery changes nothing more.
 */
const chargeRefunded: EventHandler<ChargeSettlement> = {
  fetch: (stripe, event) => settleRefundedCharge(stripe, onAccount(event), objectId(event)),
  apply: async (tx, settlement) => {
    await recordSettlement(tx, settlement);
  },
};

/** A refund's status changed (pending → succeeded or failed): settle its charge again from Stripe's totals. */
const refundUpdated: EventHandler<ChargeSettlement> = {
  fetch: (stripe, event) => {
    const refund = event.data.object as Stripe.Refund;
    return settleRefundedCharge(stripe, onAccount(event), idOf(refund.charge) ?? "");
  },
  apply: chargeRefunded.apply,
};

type CustomerState = { id: string; deleted: true } | Stripe.Customer;

/** Re-reads the customer; a deleted one answers `deleted: true` (or 404), which is the state to apply. */
async function currentCustomer(stripe: Stripe, event: Stripe.Event): Promise<CustomerState> {
  const id = objectId(event);
  try {
    const customer = await stripe.customers.retrieve(id, {}, onAccount(event));
    return customer.deleted ? { id, deleted: true } : customer;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return { id, deleted: true };
    throw error;
  }
}

/**
 * Email and name changed on Stripe (e.g. in the dashboard) follow to our customer; only the
 * fields this event changed, so an unrelated update (a new default card) never overwrites an
 * edit made through our API. A deleted Stripe customer soft-deletes ours.
 */
async function applyCustomer(tx: TransactionSql, customer: CustomerState, event: Stripe.Event): Promise<void> {
  if ("deleted" in customer && customer.deleted) {
    await tx`update customers set deleted_at = now(), updated = now() where stripe_customer_id = ${customer.id} and deleted_at is null`;
    return;
  }
  const live = customer as Stripe.Customer;
  const changed = Object.keys(event.data.previous_attributes ?? {});
  const patch: Record<string, string | null> = {};
  if (changed.includes("email")) patch.email = live.email;
  if (changed.includes("name")) patch.name = live.name ?? null;
  if (Object.keys(patch).length === 0) return;
  await tx`update customers set ${tx(patch)}, updated = now() where stripe_customer_id = ${live.id} and deleted_at is null`;
}

const customerChanged: EventHandler<CustomerState> = { fetch: currentCustomer, apply: applyCustomer };

/**
 * Cards are read from Stripe when listed, so BillingOS stores nothing about them: the event is
 * only recorded (and so never retried as unhandled).
 */
const paymentMethodChanged: EventHandler<null> = {
  fetch: async () => null,
  apply: async () => {},
};

export const LIFECYCLE_HANDLERS: Partial<Record<Stripe.Event.Type, EventHandler<unknown>>> = {
  "charge.refunded": chargeRefunded as EventHandler<unknown>,
  "charge.refund.updated": refundUpdated as EventHandler<unknown>,
  "customer.updated": customerChanged as EventHandler<unknown>,
  "customer.deleted": customerChanged as EventHandler<unknown>,
  "payment_method.attached": paymentMethodChanged as EventHandler<unknown>,
  "payment_method.detached": paymentMethodChanged as EventHandler<unknown>,
};
