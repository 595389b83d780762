import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { mirrorAccount } from "../connect";

/**
 * What one Stripe event does. `fetch` runs before the transaction and may call Stripe (re-reading
 * the object makes out-of-order delivery harmless: we always apply Stripe's current state);
 * `apply` runs inside the transaction that also records the event id.
 */
export interface EventHandler<T> {
  fetch(stripe: Stripe, event: Stripe.Event): Promise<T>;
  apply(tx: TransactionSql, fetched: T, event: Stripe.Event): Promise<void>;
}

const accountUpdated: EventHandler<Stripe.Account> = {
  fetch: (stripe, event) => stripe.accounts.retrieve((event.data.object as Stripe.Account).id),
  apply: async (tx, account) => {
    await mirrorAccount(tx, account);
  },
};

export const EVENT_HANDLERS: Partial<Record<Stripe.Event.Type, EventHandler<unknown>>> = {
  "account.updated": accountUpdated as EventHandler<unknown>,
};
