import type { Sql } from "postgres";
import type Stripe from "stripe";
import { withTenant } from "../../db/tenant";
import { EVENT_HANDLERS } from "./handlers";

export type ReceiveOutcome = "applied" | "duplicate" | "ignored";

/**
 * Applies one verified Stripe event exactly once: the event id is claimed in the same transaction
 * as its effect, so a duplicate (even a concurrent one) does nothing and a failure rolls back both,
 * leaving the event unrecorded for Stripe's retry.
 */
export async function receiveStripeEvent(sql: Sql, stripe: Stripe, event: Stripe.Event): Promise<ReceiveOutcome> {
  const handler = EVENT_HANDLERS[event.type];
  // An event type we do not handle is answered without touching the database.
  if (!handler || !event.account) return "ignored";
  const tenant = await orgForAccount(sql, event.account);
  if (!tenant || tenant.livemode !== event.livemode) return "ignored";
  const scope = { orgId: tenant.org_id, livemode: tenant.livemode };
  const fetched = await handler.fetch(stripe, event, (fn) => withTenant(sql, scope, fn));
  return withTenant(sql, scope, async (tx) => {
    const [claim] = await tx<{ claimed: boolean | null }[]>`
      select tenant.claim_stripe_event(${event.id}, ${event.type}, ${event.livemode}, ${event.account ?? null},
                                       ${tenant.org_id}, to_timestamp(${event.created})) as claimed`;
    if (!claim?.claimed) return "duplicate";
    await handler.apply(tx, fetched, event);
    return "applied";
  });
}

async function orgForAccount(sql: Sql, account: string) {
  const [row] = await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.org_for_stripe_account(${account})`;
  return row;
}
