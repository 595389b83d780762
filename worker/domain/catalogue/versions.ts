import type { TransactionSql } from "postgres";
import { randomId } from "../../shared/ids";
import { recordAudit } from "../audit";
import type { ActionContext } from "../context";
import { ENDED_SUBSCRIPTION_STATUSES } from "../subscriptions/subscription-objects";

/**
 * Whether anyone subscribes to the product's current version: a subscription that has not ended
 * bills one of that version's prices (matched by Stripe price id). Subscribers of older versions do
 * not stop edits: they are already pinned to their version. The first change to a subscribed
 * version forks a new one through `editableVersion` below; later changes edit that new,
 * unsubscribed version in place.
 */
export async function productHasSubscribers(tx: TransactionSql, productId: string): Promise<boolean> {
  const [row] = await tx<{ subscribed: boolean }[]>`
    select exists (
      select 1 from products pr
      join prices p on p.product_id = pr.id and p.version = pr.current_version and p.stripe_id is not null
      join subscriptions s on s.stripe_price_id = p.stripe_id and s.org_id = p.org_id and s.livemode = p.livemode
      where pr.id = ${productId} and s.status not in ${tx(ENDED_SUBSCRIPTION_STATUSES)}
    ) as subscribed`;
  return row?.subscribed ?? false;
}

export type SubscriberCheck = (tx: TransactionSql, productId: string) => Promise<boolean>;

/**
 * The version a change to the product's grants or prices must be written to: the current one when
 * no one subscribes, otherwise a new version (copying the current grants and active prices) that
 * becomes current, so existing subscribers keep what they bought.
 */
export async function editableVersion(
  tx: TransactionSql,
  context: ActionContext,
  productId: string,
  hasSubscribers: SubscriberCheck = productHasSubscribers,
): Promise<number> {
  const [product] = await tx<{ current_version: number }[]>`select current_version from products where id = ${productId} for update`;
  if (!product) throw new Error(`editableVersion: product ${productId} is not visible to this tenant`);
  if (!(await hasSubscribers(tx, productId))) return product.current_version;
  return forkVersion(tx, context, productId, product.current_version);
}

async function forkVersion(tx: TransactionSql, context: ActionContext, productId: string, from: number): Promise<number> {
  const to = from + 1;
  const { orgId, livemode } = context.tenant;
  await tx`insert into product_versions (org_id, livemode, product_id, version) values (${orgId}, ${livemode}, ${productId}, ${to})`;
  const grants = await tx<{ id: string }[]>`select id from plan_grants where product_id = ${productId} and version = ${from}`;
  for (const grant of grants) {
    const copy = randomId("grant");
    await tx`insert into plan_grants (id, org_id, livemode, product_id, version, feature_id, kind, amount)
      select ${copy}, org_id, livemode, product_id, ${to}, feature_id, kind, amount from plan_grants where id = ${grant.id}`;
    await tx`insert into grant_overage_amounts (org_id, livemode, grant_id, currency, unit_amount)
      select org_id, livemode, ${copy}, currency, unit_amount from grant_overage_amounts where grant_id = ${grant.id}`;
  }
  const prices = await tx<{ id: string }[]>`select id from prices where product_id = ${productId} and version = ${from} and active`;
  for (const price of prices) {
    const copy = randomId("price");
    // The lookup key follows the price that new customers get (Stripe's transfer_lookup_key).
    const [moved] = await tx<{ lookup_key: string | null }[]>`
      update prices p set lookup_key = null from (select lookup_key from prices where id = ${price.id}) old
      where p.id = ${price.id} returning old.lookup_key`;
    await tx`insert into prices (id, org_id, livemode, product_id, version, active, nickname, lookup_key, type, recurring_interval,
        recurring_interval_count, currency, trial_days, trial_requires_payment_method)
      select ${copy}, org_id, livemode, product_id, ${to}, true, nickname, ${moved?.lookup_key ?? null}, type, recurring_interval,
        recurring_interval_count, currency, trial_days, trial_requires_payment_method from prices where id = ${price.id}`;
    await tx`insert into price_amounts (org_id, livemode, price_id, currency, unit_amount)
      select org_id, livemode, ${copy}, currency, unit_amount from price_amounts where price_id = ${price.id}`;
  }
  await tx`update products set current_version = ${to}, sync_status = 'pending', updated = now() where id = ${productId}`;
  await recordAudit(tx, context, {
    action: "product.version_created",
    target: { type: "product", id: productId },
    before: { version: from },
    after: { version: to },
  });
  return to;
}

/** The current version's prices never pushed to Stripe (the copies a fork makes), oldest first. */
export function unpushedCurrentPrices(tx: TransactionSql, productId: string) {
  return tx<{ id: string }[]>`
    select p.id from prices p join products pr on pr.id = p.product_id and p.version = pr.current_version
    where pr.id = ${productId} and p.stripe_id is null and p.sync_status = 'pending' order by p.created, p.id`;
}
