import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { invoiceSubscription } from "../invoices";

/** Marks our invoice items on Stripe, so a redelivered invoice.created finds them and adds nothing. */
export const OVERAGE_METADATA_KEY = "billingos_overage_feature";

export interface OverageLine {
  featureId: string;
  /** Minor units of the invoice's currency. */
  amount: number;
  units: number;
  description: string;
  periodStart: Date;
  periodEnd: Date;
}

interface OverageRow {
  feature_id: string;
  name: string;
  unit_label: string | null;
  limit_amount: string;
  unit_amount: number | null;
  used: string;
  period_start: Date;
  period_end: Date;
}

/**
 * The overage lines a renewal invoice of a subscription owes: for each metered feature the
 * subscription grants with overage prices, the usage of the period that ended at this renewal above
 * the included quota, charged per started unit (`ceil(used − quota) × unit price` in the invoice's
 * currency). The quota and prices are those the customer holds at renewal time. Lines already on
 * the invoice (a redelivery) are left out.
 */
export async function overageLines(tx: TransactionSql, invoice: Stripe.Invoice): Promise<OverageLine[]> {
  const subscription = invoiceSubscription(invoice);
  if (!subscription || invoice.billing_reason !== "subscription_cycle") return [];
  // The renewal is where the subscription's own items start their new period; invoice items
  // (our overage lines, pending prorations) carry earlier periods and must not move it.
  const cycleLines = invoice.lines.data.filter(
    (line) => line.parent?.type === "subscription_item_details" && !line.parent.subscription_item_details?.proration,
  );
  const renewal = Math.min(...cycleLines.map((line) => line.period.start));
  if (!Number.isFinite(renewal)) return [];
  const rows = await tx<OverageRow[]>`
    select e.feature_id, f.name, f.unit_label, e.limit_amount, (e.overage_unit_amounts ->> ${invoice.currency})::bigint as unit_amount,
           u.used, u.period_start, u.period_end
    from entitlements e
    join features f on f.id = e.feature_id
    join lateral (
      select used, period_start, period_end from usage_counters c
      where c.org_id = e.org_id and c.livemode = e.livemode and c.customer_id = e.customer_id and c.feature_id = e.feature_id
        and c.period_end <= ${new Date(renewal * 1000)}
      order by c.period_start desc limit 1) u on true
    where e.org_id = tenant.org_id() and e.livemode = tenant.livemode() and e.subscription_id = ${subscription}
      and e.kind = 'quota' and e.overage_unit_amounts is not null`;
  const billed = new Set(invoice.lines.data.map((line) => line.metadata?.[OVERAGE_METADATA_KEY]).filter(Boolean));
  return rows.flatMap((row) => {
    const units = Math.ceil(Number(row.used) - Number(row.limit_amount));
    if (units <= 0 || row.unit_amount === null || billed.has(row.feature_id)) return [];
    const unit = row.unit_label ?? "unit";
    return [
      {
        featureId: row.feature_id,
        amount: units * Number(row.unit_amount),
        units,
        description: `${row.name}: ${units} × ${unit} over the included ${row.limit_amount}`,
        periodStart: row.period_start,
        periodEnd: row.period_end,
      },
    ];
  });
}

/**
 * Adds the overage lines to the draft invoice on the connected account. The idempotency key and
 * the metadata both name invoice and feature, so neither a retry nor a later redelivery bills twice.
 */
export async function addOverageItems(stripe: Stripe, invoice: Stripe.Invoice, lines: OverageLine[], on: Stripe.RequestOptions) {
  for (const line of lines) {
    await stripe.invoiceItems.create(
      {
        customer: invoice.customer as string,
        invoice: invoice.id as string,
        amount: line.amount,
        currency: invoice.currency,
        description: line.description,
        metadata: { [OVERAGE_METADATA_KEY]: line.featureId },
        period: { start: Math.floor(line.periodStart.getTime() / 1000), end: Math.floor(line.periodEnd.getTime() / 1000) },
      },
      { ...on, idempotencyKey: `billingos-overage-${invoice.id}-${line.featureId}` },
    );
  }
}
