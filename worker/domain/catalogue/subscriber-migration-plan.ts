import type { TransactionSql } from "postgres";
import { ENDED_SUBSCRIPTION_STATUSES } from "../subscriptions/subscription-objects";
import { type Price, type PriceRow, withAmounts } from "./prices";
import { getProduct } from "./products";

/** One subscription on an older version of a product, and the current-version price it moves to (or why not). */
export interface PlannedMove {
  subscription: string;
  status: string;
  quantity: number;
  from: PriceRow;
  to: Price | null;
  skip: string | null;
}

/** Terms that make a current-version price equivalent to an old one: same kind of charge, same cadence. */
const sameTerms = (a: PriceRow, b: PriceRow) =>
  a.type === b.type && a.recurring_interval === b.recurring_interval && a.recurring_interval_count === b.recurring_interval_count;

/**
 * Every subscription (not ended) that bills a price of an older version of `productId`, paired
 * with the current version's equivalent active price — same type, interval and interval count,
 * sold in the subscription's currency. Throws 404 for a product the tenant cannot see.
 */
export async function planSubscriberMigration(tx: TransactionSql, productId: string): Promise<PlannedMove[]> {
  const product = await getProduct(tx, productId);
  const subscribers = await tx<
    (PriceRow & { subscription: string; subscription_status: string; quantity: number; sub_currency: string })[]
  >`
    select p.*, s.id as subscription, s.status as subscription_status, s.quantity, s.currency as sub_currency
    from subscriptions s
    join prices p on p.stripe_id = s.stripe_price_id and p.org_id = s.org_id and p.livemode = s.livemode
    where p.product_id = ${productId} and p.version < ${product.current_version}
      and s.status not in ${tx(ENDED_SUBSCRIPTION_STATUSES)}
    order by s.created, s.id`;
  if (subscribers.length === 0) return [];
  const current = await withAmounts(
    tx,
    await tx<PriceRow[]>`select * from prices where product_id = ${productId} and version = ${product.current_version} and active
                         order by created, id`,
  );
  return subscribers.map(({ subscription, subscription_status, quantity, sub_currency, ...from }) => {
    const equivalent = current.filter((candidate) => sameTerms(candidate, from));
    const to = equivalent.find((candidate) => candidate.amounts[sub_currency] !== undefined) ?? null;
    const skip =
      subscription_status === "incomplete"
        ? "subscription_incomplete"
        : equivalent.length === 0
          ? "no_equivalent_price"
          : to === null
            ? "currency_not_offered"
            : null;
    return { subscription, status: subscription_status, quantity, from, to, skip };
  });
}
