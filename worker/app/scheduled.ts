import { connect } from "../db/client";
import { retryUnsyncedCatalogues } from "../domain/catalogue-sync/background-sync";
import { sweepExpiredCheckouts } from "../domain/checkout/checkout-expiry";
import { sweepDunningNotices } from "../domain/dunning/notices";
import { sweepStaleEntitlements } from "../domain/entitlements/sweep";
import { sweepUsageAlerts } from "../domain/usage/usage-alert-mail";
import { deliveryQueue } from "../domain/webhooks/runtime";
import { sweepWebhooks } from "../domain/webhooks/sweep";
import { createLogger, type Logger } from "../shared/logger";
import { stripeClient } from "../stripe/client";

/** One background job: plain domain work on a database client of its own. */
export type Job = (env: Env, sql: ReturnType<typeof connect>) => Promise<Record<string, unknown>>;

/** What the cron trigger runs, in order; each job's failure is logged and the next one still runs. */
export const SCHEDULED_JOBS: Record<string, Job> = {
  catalogue_sync: (env, sql) => retryUnsyncedCatalogues(sql, (livemode) => stripeClient(env, livemode)) as never,
  // Abandoned checkouts: cancel what they started at Stripe and mark them expired.
  checkout_expiry: async (env, sql) => ({
    expired: await sweepExpiredCheckouts(sql, (livemode) => stripeClient(env, livemode), new Date()),
  }),
  // Failed-payment e-mails whose first send was refused.
  dunning_notices: async (env, sql) => ({ sent: await sweepDunningNotices(sql, { url: env.EMAIL_API_URL, key: env.EMAIL_API_KEY }) }),
  // Usage-alert e-mails whose first send was refused.
  usage_alerts: async (env, sql) => ({ sent: await sweepUsageAlerts(sql, { url: env.EMAIL_API_URL, key: env.EMAIL_API_KEY }) }),
  // Customer session rows a day past their expiry (revocation needs them only while the token lives).
  customer_sessions: async (_env, sql) => ({ swept: (await sql<{ n: number }[]>`select tenant.sweep_customer_sessions() as n`)[0]?.n }),
  // Entitlements that end by time alone: grace periods, expiring manual grants, calendar-month periods.
  entitlements: async (_env, sql) => ({ recomputed: await sweepStaleEntitlements(sql) }),
  // Outbound webhooks: events no request dispatched, and messages whose queue message was lost.
  webhooks: (env, sql) => sweepWebhooks(sql, deliveryQueue(env)),
};

export async function runScheduledJobs(
  env: Env,
  logger: Logger = createLogger({ source: "cron" }, env.LOG_LEVEL),
  jobs: Record<string, Job> = SCHEDULED_JOBS,
): Promise<void> {
  const sql = connect(env.HYPERDRIVE.connectionString);
  try {
    for (const [name, job] of Object.entries(jobs)) {
      try {
        logger.info("scheduled job done", { job: name, ...(await job(env, sql)) });
      } catch (error) {
        logger.error("scheduled job failed", { job: name, error: String(error) });
      }
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
