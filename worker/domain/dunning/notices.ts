import type { Sql, TransactionSql } from "postgres";
import { type TenantScope, withTenant } from "../../db/tenant";
import { currencyExponent } from "../../shared/currencies";
import { type Email, escapeHtml, sendEmail } from "../email";

export interface EmailEndpoint {
  url: string;
  key?: string;
}

export interface NoticeInput {
  invoiceId: string;
  attempt: number;
  subscriptionId: string;
  recipient: string;
  amountDue: number;
  currency: string;
  updateUrl: string;
  willRetry: boolean;
}

interface NoticeRow {
  invoice_id: string;
  attempt: number;
  recipient: string;
  amount_due: string;
  currency: string;
  update_url: string;
  will_retry: boolean;
  merchant: string;
}

/** Records the e-mail for one failed attempt, once: a second record of the same attempt adds nothing. */
export async function recordDunningNotice(tx: TransactionSql, notice: NoticeInput): Promise<void> {
  await tx`
    insert into dunning_notices (org_id, livemode, invoice_id, attempt, subscription_id, recipient, amount_due, currency, update_url, will_retry)
    values (tenant.org_id(), tenant.livemode(), ${notice.invoiceId}, ${notice.attempt}, ${notice.subscriptionId}, ${notice.recipient},
            ${notice.amountDue}, ${notice.currency}, ${notice.updateUrl}, ${notice.willRetry})
    on conflict do nothing`;
}

/** An amount in minor units as the customer reads it ("$29.00"), without going through a float. */
export function formatAmount(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(amount).padStart(exponent + 1, "0");
  const decimal = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  const format = new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  return format.format(decimal as unknown as number);
}

export function dunningEmail(notice: NoticeRow): Email {
  const amount = formatAmount(Number(notice.amount_due), notice.currency);
  const next = notice.will_retry
    ? "We will try the payment again in a few days."
    : "This was the last automatic attempt: update your payment method and pay the invoice to continue your subscription.";
  return {
    to: notice.recipient,
    subject: `Your payment of ${amount} to ${notice.merchant} failed`,
    text: `Your payment of ${amount} to ${notice.merchant} failed.\n\n${next}\n\nUpdate your payment method: ${notice.update_url}`,
    html:
      `<p>Your payment of <strong>${escapeHtml(amount)}</strong> to <strong>${escapeHtml(notice.merchant)}</strong> failed.</p>` +
      `<p>${escapeHtml(next)}</p><p><a href="${escapeHtml(notice.update_url)}">Update your payment method</a></p>`,
  };
}

const LEASE = "2 minutes";
const MAX_SEND_ATTEMPTS = 10;

/**
 * Sends the tenant's unsent notices. Each is leased first (so a concurrent sender skips it), then
 * marked sent; a refused send releases the lease and the notice waits for the next sweep. Returns
 * how many were sent.
 */
export async function sendDunningNotices(sql: Sql, endpoint: EmailEndpoint, tenant: TenantScope): Promise<number> {
  const leased = await withTenant(
    sql,
    tenant,
    (tx) => tx<NoticeRow[]>`
      update dunning_notices n set sending_until = now() + ${LEASE}::interval, send_attempts = send_attempts + 1
      from organizations o
      where o.id = n.org_id and n.sent_at is null and n.send_attempts < ${MAX_SEND_ATTEMPTS}
        and (n.sending_until is null or n.sending_until < now())
      returning n.invoice_id, n.attempt, n.recipient, n.amount_due, n.currency, n.update_url, n.will_retry, o.name as merchant`,
  );
  let sent = 0;
  for (const notice of leased) {
    const accepted = await sendEmail(endpoint, dunningEmail(notice));
    if (accepted) sent += 1;
    await withTenant(
      sql,
      tenant,
      (tx) => tx`
        update dunning_notices set sent_at = ${accepted ? tx`now()` : null}, sending_until = null
        where invoice_id = ${notice.invoice_id} and attempt = ${notice.attempt}`,
    );
  }
  return sent;
}

/**
 * Sends every unsent notice, or only those of the organisation behind `stripeAccount`: right after
 * a failed payment was recorded, and from the cron sweep (the retry path for refused sends).
 */
export async function sweepDunningNotices(sql: Sql, endpoint: EmailEndpoint, stripeAccount: string | null = null): Promise<number> {
  const tenants = await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.dunning_notices_due(${stripeAccount})`;
  let sent = 0;
  for (const tenant of tenants) sent += await sendDunningNotices(sql, endpoint, { orgId: tenant.org_id, livemode: tenant.livemode });
  return sent;
}
