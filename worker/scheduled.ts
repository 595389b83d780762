import { connect } from "./db/client";
import { sweepExpiredCheckouts } from "./domain/checkout/checkout-expiry";
import { stripeClient } from "./stripe/client";

/** Cron Triggers (wrangler.jsonc `triggers.crons`): expire abandoned checkouts every five minutes. */
export const scheduled: ExportedHandlerScheduledHandler<Env> = (_controller, env, ctx) => {
  const sql = connect(env.HYPERDRIVE.connectionString);
  ctx.waitUntil(sweepExpiredCheckouts(sql, (livemode) => stripeClient(env, livemode), new Date()).finally(() => sql.end({ timeout: 5 })));
};
