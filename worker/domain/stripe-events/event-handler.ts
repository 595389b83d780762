import type { TransactionSql } from "postgres";
import type Stripe from "stripe";

/**
 * What one Stripe event does. `fetch` runs before the transaction and may call Stripe (re-reading
 * the object makes out-of-order delivery harmless: we always apply Stripe's current state);
 * `apply` runs inside the transaction that also records the event id. `read` gives `fetch` a short
 * tenant transaction of its own (to read settings such as the organisation's fee tier).
 */
export type TenantRead = <R>(fn: (tx: TransactionSql) => Promise<R>) => Promise<R>;
export interface EventHandler<T> {
  fetch(stripe: Stripe, event: Stripe.Event, read: TenantRead): Promise<T>;
  apply(tx: TransactionSql, fetched: T, event: Stripe.Event): Promise<void>;
}

/** Request options that act on the connected account the event came from. */
export const onAccount = (event: Stripe.Event) => (event.account ? { stripeAccount: event.account } : {});

/** The id of the object the event is about. */
export const objectId = (event: Stripe.Event) => (event.data.object as { id: string }).id;
