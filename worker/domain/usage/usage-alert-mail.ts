import type { Sql } from "postgres";
import { type TenantScope, withTenant } from "../../db/tenant";
import type { EmailEndpoint } from "../dunning/notices";
import { type Email, escapeHtml, sendEmail } from "../email";
import type { UsageThresholdReached } from "./usage-alerts";

interface AlertRow {
  customer_id: string;
  feature_id: string;
  /** The period's start as Postgres writes it ('-infinity' included), to find the row again. */
  period_key: string;
  period_end: Date | null;
  threshold: number;
  used: string;
  limit_amount: string;
  customer_sent: boolean;
  merchant_sent: boolean;
  customer_email: string | null;
  feature_name: string;
  unit_label: string | null;
  merchant: string;
}

const LEASE = "2 minutes";
const MAX_SEND_ATTEMPTS = 10;

const formatNumber = (value: string) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(Number(value));
const formatDate = (date: Date) => new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(date);

function usageLine(alert: AlertRow): string {
  const unit = alert.unit_label ? ` ${alert.unit_label}${alert.limit_amount === "1" ? "" : "s"}` : "";
  return `${formatNumber(alert.used)} of the ${formatNumber(alert.limit_amount)}${unit} included`;
}

/** To the customer: how far they are into their allowance, and when it renews. */
export function customerAlertEmail(alert: AlertRow, to: string): Email {
  const reachedAll = alert.threshold >= 100;
  const subject = reachedAll
    ? `You have reached your ${alert.feature_name} limit with ${alert.merchant}`
    : `You have used ${alert.threshold}% of your ${alert.feature_name} with ${alert.merchant}`;
  const renews = alert.period_end ? `Your allowance renews on ${formatDate(alert.period_end)}.` : "";
  const body = `You have used ${usageLine(alert)} in your plan with ${alert.merchant} (${alert.threshold}%).`;
  return {
    to,
    subject,
    text: `${body}\n\n${renews}`.trim(),
    html: `<p>${escapeHtml(body)}</p>${renews ? `<p>${escapeHtml(renews)}</p>` : ""}`,
  };
}

/** To the merchant's owners: which customer reached which threshold. */
export function merchantAlertEmail(alert: AlertRow, to: string): Email {
  const who = alert.customer_email ?? alert.customer_id;
  const subject = `${who} reached ${alert.threshold}% of ${alert.feature_name}`;
  const body = `Your customer ${who} (${alert.customer_id}) has used ${usageLine(alert)} (${alert.threshold}%) this period.`;
  return { to, subject, text: body, html: `<p>${escapeHtml(body)}</p>` };
}

/**
 * Sends the tenant's unsent alerts: the customer's e-mail and the notification to the
 * organisation's owners. Each alert is leased first (a concurrent sender skips it); each half is
 * marked sent once accepted (a customer without an e-mail address has nothing to send), and a
 * refused half waits for the next sweep. Returns how many e-mails were accepted.
 */
export async function sendUsageAlerts(sql: Sql, endpoint: EmailEndpoint, tenant: TenantScope): Promise<number> {
  const { leased, owners } = await withTenant(sql, tenant, async (tx) => ({
    leased: await tx<AlertRow[]>`
      update usage_alerts a set sending_until = now() + ${LEASE}::interval, send_attempts = send_attempts + 1
      from customers c, features f, organizations o
      where c.id = a.customer_id and f.id = a.feature_id and o.id = a.org_id
        and (a.customer_sent_at is null or a.merchant_sent_at is null) and a.send_attempts < ${MAX_SEND_ATTEMPTS}
        and (a.sending_until is null or a.sending_until < now())
      returning a.customer_id, a.feature_id, a.period_start::text as period_key, a.period_end, a.threshold, a.used, a.limit_amount,
        a.customer_sent_at is not null as customer_sent, a.merchant_sent_at is not null as merchant_sent,
        c.email as customer_email, f.name as feature_name, f.unit_label, o.name as merchant`,
    owners: await tx<{ email: string }[]>`
      select u.email from memberships m join users u on u.id = m.user_id
      where m.org_id = tenant.org_id() and m.role = 'owner' order by m.created`,
  }));
  let sent = 0;
  const deliver = async (email: Email) => {
    const accepted = await sendEmail(endpoint, email);
    if (accepted) sent += 1;
    return accepted;
  };
  for (const alert of leased) {
    const customerDone = alert.customer_sent || !alert.customer_email || (await deliver(customerAlertEmail(alert, alert.customer_email)));
    let merchantDone = alert.merchant_sent;
    if (!merchantDone) {
      merchantDone = true;
      for (const owner of owners) merchantDone = (await deliver(merchantAlertEmail(alert, owner.email))) && merchantDone;
    }
    await withTenant(
      sql,
      tenant,
      (tx) => tx`
        update usage_alerts set sending_until = null,
          customer_sent_at = coalesce(customer_sent_at, ${customerDone ? tx`now()` : null}),
          merchant_sent_at = coalesce(merchant_sent_at, ${merchantDone ? tx`now()` : null})
        where customer_id = ${alert.customer_id} and feature_id = ${alert.feature_id}
          and period_start = ${alert.period_key}::text::timestamptz and threshold = ${alert.threshold}`,
    );
  }
  return sent;
}

/**
 * Right after the transaction that recorded `alerts` committed (a request with an Idempotency-Key:
 * inside its one transaction, which commits with the response): sends them, and nothing at all
 * when the request reached no new threshold, so usage without alerts costs no extra query.
 */
export async function sendRecordedAlerts(
  sql: Sql,
  endpoint: EmailEndpoint,
  tenant: TenantScope,
  alerts: UsageThresholdReached[],
): Promise<number> {
  return alerts.length ? sendUsageAlerts(sql, endpoint, tenant) : 0;
}

/** The cron's retry path: sends every tenant's unsent alerts. */
export async function sweepUsageAlerts(sql: Sql, endpoint: EmailEndpoint): Promise<number> {
  const tenants = await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.usage_alerts_due()`;
  let sent = 0;
  for (const tenant of tenants) sent += await sendUsageAlerts(sql, endpoint, { orgId: tenant.org_id, livemode: tenant.livemode });
  return sent;
}
