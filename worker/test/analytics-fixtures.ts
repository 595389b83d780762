import type { Sql } from "postgres";
import type Stripe from "stripe";
import { monthlyAmounts } from "../domain/subscriptions/mrr";

/** Where fixture rows go: one organisation in one mode. */
export interface Tenant {
  orgId: string;
  livemode: boolean;
}

/** A price as the fixture states it: amount per `count` `interval`s, in the subscription's currency. */
export type Plan = [amount: number, interval: Stripe.Price.Recurring.Interval, count: number];

/** One state of a subscription from `at` on (ISO time), as Stripe would show it. */
export interface SubscriptionState {
  at: string;
  status: Stripe.Subscription.Status;
  plan: Plan;
  /** A `forever` percent coupon on the subscription. */
  percentOff?: number;
}

let serial = 0;
/** An id no other test run has used (ids are primary keys across organisations). */
export const unique = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}${(serial++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The Stripe subscription a state stands for, reduced to what `monthlyAmounts` reads. */
function stripeSubscription(state: SubscriptionState, currency: string): Stripe.Subscription {
  const [amount, interval, count] = state.plan;
  const coupon = { percent_off: state.percentOff ?? null, amount_off: null, currency: null, duration: "forever" };
  return {
    status: state.status,
    currency,
    discounts: state.percentOff ? [{ end: null, source: { type: "coupon", coupon } }] : [],
    items: {
      data: [
        { quantity: 1, price: { currency, unit_amount: amount, recurring: { interval, interval_count: count, usage_type: "licensed" } } },
      ],
    },
  } as unknown as Stripe.Subscription;
}

/**
 * A subscription and its history rows, written directly (as the mirror would have): each state's
 * MRR and plan MRR come from the mirror's own rule (`monthlyAmounts`), so the yearly, quarterly and
 * discounted prices in the fixture go through the normalisation the analytics stand on.
 */
export async function subscriptionWithHistory(
  admin: Sql,
  tenant: Tenant,
  customer: string,
  currency: string,
  states: SubscriptionState[],
): Promise<string> {
  const id = unique("sub");
  const last = states[states.length - 1] as SubscriptionState;
  const final = monthlyAmounts(stripeSubscription(last, currency), 0);
  await admin`insert into subscriptions (id, org_id, livemode, stripe_customer_id, status, currency, mrr_amount, plan_mrr_amount, created)
              values (${id}, ${tenant.orgId}, ${tenant.livemode}, ${customer}, ${last.status}, ${currency}, ${final.mrr}, ${final.plan},
                      ${(states[0] as SubscriptionState).at})`;
  for (const state of states) {
    const amounts = monthlyAmounts(stripeSubscription(state, currency), 0);
    await admin`insert into subscription_history (org_id, livemode, subscription_id, status, quantity, mrr_amount, plan_mrr_amount, currency, cause, occurred)
                values (${tenant.orgId}, ${tenant.livemode}, ${id}, ${state.status}, 1, ${amounts.mrr}, ${amounts.plan}, ${currency},
                        'fixture', ${state.at})`;
  }
  return id;
}

export interface InvoiceFixture {
  created: string;
  currency: string;
  amountDue: number;
  status: "draft" | "open" | "paid" | "uncollectible" | "void";
  paymentFailed?: boolean;
}

export async function invoice(admin: Sql, tenant: Tenant, fixture: InvoiceFixture): Promise<string> {
  const id = unique("in");
  await admin`insert into invoices (id, org_id, livemode, stripe_customer_id, status, currency, amount_due, amount_paid, payment_failed, created, paid_at)
              values (${id}, ${tenant.orgId}, ${tenant.livemode}, 'cus_fixture', ${fixture.status}, ${fixture.currency}, ${fixture.amountDue},
                      ${fixture.status === "paid" ? fixture.amountDue : 0}, ${fixture.paymentFailed ?? false}, ${fixture.created}, null)`;
  return id;
}

export interface PaymentFixture {
  /** When Stripe recorded it paid; null: an older row without it (the ledger's `created` counts). */
  paidAt: string | null;
  created?: string;
  currency: string;
  gross: number;
  fee: number;
  /** A paid invoice (default) or a one-time payment. */
  oneTime?: boolean;
  /** The invoice's payment failed before it was paid (a recovered invoice). */
  failedBefore?: boolean;
}

/** A payment in the fee ledger (with its paid invoice unless one-time); returns the ledger row's id. */
export async function payment(admin: Sql, tenant: Tenant, fixture: PaymentFixture): Promise<number> {
  const created = fixture.created ?? (fixture.paidAt as string);
  const invoiceId = fixture.oneTime
    ? null
    : await invoice(admin, tenant, {
        created,
        currency: fixture.currency,
        amountDue: fixture.gross,
        status: "paid",
        paymentFailed: fixture.failedBefore ?? false,
      });
  const [row] = await admin<{ id: string }[]>`
    insert into fee_ledger (org_id, livemode, invoice_id, payment_intent_id, currency, gross, fee, net, paid_at, created)
    values (${tenant.orgId}, ${tenant.livemode}, ${invoiceId}, ${fixture.oneTime ? unique("pi") : null}, ${fixture.currency}, ${fixture.gross},
            ${fixture.fee}, ${fixture.gross - fixture.fee}, ${fixture.paidAt}, ${created})
    returning id`;
  return Number(row?.id);
}

/** A refund of a ledger row; a succeeded one also returns `feeReturned` of its fee, as Stripe does with the application fee. */
export async function refund(
  admin: Sql,
  tenant: Tenant,
  ledgerId: number,
  fixture: { at: string; amount: number; currency: string; status: "pending" | "succeeded" | "failed"; feeReturned?: number },
) {
  const charge = unique("ch");
  await admin`update fee_ledger set charge_id = coalesce(charge_id, ${charge}),
                refunded = refunded + ${fixture.status === "succeeded" ? fixture.amount : 0}, fee_returned = fee_returned + ${fixture.feeReturned ?? 0}
              where id = ${ledgerId}`;
  await admin`insert into refunds (id, org_id, livemode, fee_ledger_id, charge_id, amount, currency, status, created)
              values (${unique("re")}, ${tenant.orgId}, ${tenant.livemode}, ${ledgerId}, ${charge}, ${fixture.amount}, ${fixture.currency},
                      ${fixture.status}, ${fixture.at})`;
}

/** A metered feature, customers, their counters per period and their quotas (entitlements for the current period). */
export async function usage(
  admin: Sql,
  tenant: Tenant,
  key: string,
  counters: Array<{ customer: string; periodStart: string; used: number; quota?: number }>,
): Promise<string> {
  const feature = unique("feat");
  await admin`insert into features (id, org_id, livemode, key, name, type, unit_label, aggregation, reset)
              values (${feature}, ${tenant.orgId}, ${tenant.livemode}, ${key}, ${key}, 'metered', 'call', 'sum', 'billing_period')`;
  for (const counter of counters) {
    await admin`insert into customers (id, org_id, livemode) values (${counter.customer}, ${tenant.orgId}, ${tenant.livemode}) on conflict do nothing`;
    await admin`insert into usage_counters (org_id, livemode, customer_id, feature_id, period_start, used)
                values (${tenant.orgId}, ${tenant.livemode}, ${counter.customer}, ${feature}, ${counter.periodStart}, ${counter.used})`;
    if (counter.quota !== undefined)
      await admin`insert into entitlements (org_id, livemode, customer_id, feature_id, kind, limit_amount, period_start)
                  values (${tenant.orgId}, ${tenant.livemode}, ${counter.customer}, ${feature}, 'quota', ${counter.quota}, ${counter.periodStart})`;
  }
  return feature;
}
