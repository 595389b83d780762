import type { TransactionSql } from "postgres";
import { FEE_BASIS_POINTS, FIXED_FEE_MINOR } from "../../worker/domain/fees/application-fee";
import { BENCH_ORG_ID } from "./catalogue";

/** worker/domain/fees/application-fee.ts in SQL: 0.5 % rounded half up plus the currency's fixed part, never above the gross. */
const fee = (gross: string, currency: string) =>
  `least(${gross}, (${gross} * ${FEE_BASIS_POINTS} + 5000) / 10000
     + case when ${gross} = 0 then 0 else case ${currency} ${Object.entries(FIXED_FEE_MINOR)
       .map(([code, minor]) => `when '${code}' then ${minor}`)
       .join(" ")} else 0 end end)`;

/**
 * Invoices as `mirrorInvoice` leaves them, the fee ledger row of every paid one, one-time
 * purchases (ledger rows keyed by PaymentIntent), and refunds with the fee returned in proportion
 * (`feeToReturn`). Invoice kinds: a trial's $0 invoice; each period's invoice (the checkout's,
 * then renewals, an hour as a draft, Basic's with overage); an upgrade's prorated invoice; a
 * checkout never paid (void after 23 hours, its payment failed). A failed renewal stays open with
 * `payment_failed` until paid (`recovered_at`).
 */
export async function writeMoney(tx: TransactionSql, now: Date): Promise<void> {
  await tx.unsafe(
    `create temp table ba_i on commit drop as
    select * from (
      select 'in_ba' || s.n || 't' as id, s.n, s.created as created, 0::bigint as amount, s.created as paid_at, false as failed, null::timestamptz as recovered_at, false as voided
      from ba_s s where s.trial_end is not null
      union all
      select 'in_ba' || s.n || 'p0', s.n, s.created, s.amount, null, true, null, true from ba_s s where s.end_kind = 'incomplete_expired'
      union all
      select 'in_ba' || p.n || 'p' || p.k, p.n, case when p.k = 0 and s.trial_end is null then s.created else p.p_start end,
        case when s.change_at is not null and p.p_start >= s.change_at then s.to_amount else s.amount end + p.overage,
        case when p.fail_at is null then case when p.k = 0 and s.trial_end is null then s.paid_start else p.p_start + interval '1 hour' end
             else p.recovered_at end,
        p.fail_at is not null, p.recovered_at, false
      from ba_p p join ba_s s on s.n = p.n
      union all
      select 'in_ba' || s.n || 'u', s.n, s.change_at,
        round((s.to_amount - s.amount) * extract(epoch from p.p_end - s.change_at) / extract(epoch from p.p_end - p.p_start))::bigint,
        s.change_at + interval '10 seconds', false, null, false
      from ba_s s join ba_p p on p.n = s.n and s.change_at >= p.p_start and s.change_at < p.p_end where s.change_kind = 'upgrade'
    ) i where i.created <= $1`,
    [now],
  );
  await tx.unsafe(
    `insert into invoices (id, org_id, livemode, subscription_id, stripe_customer_id, status, currency, amount_due, amount_paid,
      application_fee_amount, payment_failed, recovered_at, paid_at, created, updated)
    select i.id, $2, false, 'sub_ba' || i.n, 'cus_sba' || s.cust,
      case when i.voided then 'void' when i.paid_at <= $1 then 'paid' when i.failed then 'open' else 'draft' end,
      s.currency, i.amount, case when i.paid_at <= $1 then i.amount else 0 end,
      case when i.amount > 0 then ${fee("i.amount", "s.currency")} end,
      i.failed, case when i.recovered_at <= $1 then i.recovered_at end, case when i.paid_at <= $1 then i.paid_at end, i.created,
      case when i.voided then i.created + interval '23 hours' when i.paid_at <= $1 then i.paid_at else i.created end
    from ba_i i join ba_s s on s.n = i.n order by i.created`,
    [now, BENCH_ORG_ID],
  );
  // One-time purchases: 3 % of customers buy the setup package once, paid by a PaymentIntent (no invoice).
  await tx.unsafe(
    `create temp table ba_one_time on commit drop as
    select c.cust, c.currency, case c.currency when 'usd' then 19900 else 17900 end::bigint as amount,
      c.created + (least(c.ended, $1) - c.created) * random() as paid_at
    from (select cust, min(created) as created, max(end_at) as ended, min(currency) as currency from ba_s group by cust) c
    where random() < .03`,
    [now],
  );
  // Refunds of 1.5 % of payments a day old or more: in full (60 %) or half, within 20 days of the payment.
  await tx.unsafe(
    `create temp table ba_l on commit drop as
    select x.*, ${fee("x.gross", "x.currency")} as fee,
      case when r_refund < .015 and x.created <= $1 - interval '1 day' then case when r_full < .6 then x.gross else x.gross / 2 end else 0 end as refunded,
      x.created + least(interval '20 days', $1 - x.created) * random() as refunded_at
    from (
      select i.id as invoice_id, null::text as payment_intent_id, substr(i.id, 4) as ref, s.currency, i.amount as gross, i.paid_at as created,
        random() as r_refund, random() as r_full
      from ba_i i join ba_s s on s.n = i.n where i.paid_at <= $1 and i.amount > 0
      union all
      select null, 'pi_bao' || o.cust, 'bao' || o.cust, o.currency, o.amount, o.paid_at, random(), random() from ba_one_time o
    ) x`,
    [now],
  );
  await tx.unsafe(
    `insert into fee_ledger (invoice_id, payment_intent_id, org_id, livemode, currency, gross, fee, net, charge_id, application_fee_id,
      refunded, fee_returned, paid_at, created, updated)
    select l.invoice_id, l.payment_intent_id, $1, false, l.currency, l.gross, l.fee, l.gross - l.fee, 'ch_' || l.ref, 'fee_' || l.ref,
      l.refunded, case when l.refunded = 0 then 0 else (l.fee * l.refunded * 2 + l.gross) / (2 * l.gross) end,
      l.created, l.created, case when l.refunded > 0 then l.refunded_at else l.created end
    from ba_l l order by l.created`,
    [BENCH_ORG_ID],
  );
  await tx`
    insert into refunds (id, org_id, livemode, fee_ledger_id, charge_id, invoice_id, payment_intent_id, amount, currency, reason, status, created)
    select 're_' || substr(f.charge_id, 4), f.org_id, false, f.id, f.charge_id, f.invoice_id, f.payment_intent_id, f.refunded, f.currency,
      'requested_by_customer', 'succeeded', f.updated
    from fee_ledger f where f.org_id = ${BENCH_ORG_ID} and f.refunded > 0 order by f.updated`;
  // Revenue per day, which the ledger and refund triggers keep (off during the load), by the migration's own function.
  await tx`select public.rebuild_revenue_daily(${BENCH_ORG_ID}, false)`;
}
