import type { TransactionSql } from "postgres";
import { randomId } from "../../app/ids";
import { recordAudit } from "../audit";
import type { ActionContext } from "../context";

/**
 * Whether anyone subscribes to the product's current version (subscribers of older versions do
 * not stop edits: they are already pinned to their version). There is no subscriptions table yet
 * (checkout comes later), so nobody can: this returns false and every change edits the current
 * version in place. When subscriptions land, this becomes a query on them, and the first change
 * to a subscribed version forks a new one through `editableVersion` below; later changes edit
 * that new, unsubscribed version in place.
 */
export async function productHasSubscribers(_tx: TransactionSql, _productId: string): Promise<boolean> {
  return false;
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
