import type { Context } from "hono";
import type { Fragment, TransactionSql } from "postgres";
import { createRouter, type Router } from "../../app/create-app";
import type { AppEnv } from "../../app/env";
import { currencyExponent } from "../../app/money";
import { toTimestamp } from "../../app/schemas";
import { listPage } from "../../db/paginate";
import { withTenant } from "../../db/tenant";
import { actionContext } from "../../domain/context";
import { accessEndsAt, isEntitled } from "../../domain/dunning/entitlement";
import { describeSubscriptions, type SubscriptionObjectRow, type SubscriptionRow } from "../../domain/subscription-objects";
import * as routes from "./billing-lists.routes";

export interface InvoiceRow {
  id: string;
  livemode: boolean;
  subscription_id: string | null;
  status: string;
  currency: string;
  amount_due: string;
  amount_paid: string;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
  created: Date;
}

/** The customer a list is limited to: a customer session is always pinned to its own customer. */
function customerOf(c: Context<AppEnv>, requested: string | undefined): string | undefined {
  const principal = c.var.principal;
  return principal.kind === "customer_session" ? principal.customerId : requested;
}

export const billingListsRouter: Router = createRouter()
  .openapi(routes.listSubscriptions, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), actionContext(c).tenant, async (tx) => {
      const rows = await listPage<SubscriptionRow, SubscriptionRow>(tx, {
        table: "subscriptions",
        where: customerOf(c, query.customer) ? tx`customer_id = ${customerOf(c, query.customer) as string}` : tx`true`,
        query,
        url: "/v1/subscriptions",
        map: (row) => row,
      });
      return { ...rows, data: await describeSubscriptions(tx, rows.data) };
    });
    const now = new Date();
    return c.json({ ...page, data: page.data.map((row) => serializeSubscription(row, now)) }, 200);
  })
  .openapi(routes.listInvoices, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), actionContext(c).tenant, (tx) =>
      listPage<InvoiceRow, ReturnType<typeof serializeInvoice>>(tx, {
        table: "invoices",
        where: customerInvoices(c, tx, query.customer),
        query,
        url: "/v1/invoices",
        map: serializeInvoice,
      }),
    );
    return c.json(page, 200);
  });

function customerInvoices(c: Context<AppEnv>, tx: TransactionSql, requested: string | undefined): Fragment {
  const customer = customerOf(c, requested);
  return customer ? tx`stripe_customer_id = (select stripe_customer_id from customers where id = ${customer})` : tx`true`;
}

/** One subscription as the API shows it (with its price, version and entitlement), read in `tx`. */
export async function subscriptionObject(tx: TransactionSql, row: SubscriptionRow, now = new Date()) {
  const [described] = await describeSubscriptions(tx, [row]);
  return serializeSubscription(described as SubscriptionObjectRow, now);
}

/** The subscription object: rows come from `describeSubscriptions`; `now` decides the entitlement. */
export function serializeSubscription(row: SubscriptionObjectRow, now: Date) {
  return {
    id: row.id,
    object: "subscription" as const,
    livemode: row.livemode,
    customer: row.customer_id,
    status: row.status,
    entitled: isEntitled(row, row, now),
    past_due_since: toTimestamp(row.past_due_since),
    access_ends_at: toTimestamp(accessEndsAt(row, row)),
    price: row.price_id,
    product: row.product_id,
    product_version: row.product_version,
    stripe_price_id: row.stripe_price_id,
    quantity: row.quantity,
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    mrr_amount: Number(row.mrr_amount),
    current_period_end: toTimestamp(row.current_period_end),
    cancel_at_period_end: row.cancel_at_period_end,
    trial_end: toTimestamp(row.trial_end),
    paused: row.paused,
    cancellation_reason: row.cancellation_reason,
    cancellation_comment: row.cancellation_comment,
    scheduled_change:
      row.scheduled_stripe_price_id === null
        ? null
        : {
            price: row.prices.get(row.scheduled_stripe_price_id) ?? null,
            stripe_price_id: row.scheduled_stripe_price_id,
            quantity: row.scheduled_quantity ?? 1,
            effective_at: toTimestamp(row.scheduled_change_at),
          },
    pending_change:
      row.pending_stripe_price_id === null
        ? null
        : {
            price: row.prices.get(row.pending_stripe_price_id) ?? null,
            stripe_price_id: row.pending_stripe_price_id,
            quantity: row.pending_quantity ?? 1,
            invoice: row.pending_invoice_id,
            expires_at: toTimestamp(row.pending_expires_at),
          },
    created: toTimestamp(row.created) as number,
  };
}

export function serializeInvoice(row: InvoiceRow) {
  return {
    id: row.id,
    object: "invoice" as const,
    livemode: row.livemode,
    subscription: row.subscription_id,
    status: row.status,
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    amount_due: Number(row.amount_due),
    amount_paid: Number(row.amount_paid),
    hosted_invoice_url: row.hosted_invoice_url,
    invoice_pdf: row.invoice_pdf,
    created: toTimestamp(row.created) as number,
  };
}
