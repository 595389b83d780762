import type { Sql } from "postgres";
import Stripe from "stripe";
import { type TenantScope, withTenant } from "../../db/tenant";
import { recordAudit } from "../audit";
import { syncPrice } from "../catalogue-sync/price-sync";
import type { SyncTarget } from "../catalogue-sync/sync-target";
import type { ActionContext } from "../context";
import { MRR_EXPAND } from "../subscriptions/mrr";
import { mirrorSubscription } from "../subscriptions/subscriptions";
import { type PlannedMove, planSubscriberMigration } from "./subscriber-migration-plan";

export interface MigrationOptions {
  timing: "now" | "at_renewal";
  proration_behavior: "none" | "create_prorations";
  dry_run: boolean;
}

export interface MigrationReport {
  migrated: Array<{ subscription: string; from_price: string; to_price: string }>;
  skipped: Array<{ subscription: string; reason: string; message?: string }>;
}

class Skip extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Moves every subscriber of an older version of `productId` to the current version's equivalent
 * price: `now` swaps the subscription item's price (prorating as asked); `at_renewal` puts a
 * subscription schedule on it whose next phase, from the current period's end, bills the new
 * price. A dry run only plans (nothing is sent to Stripe or written). Each moved subscription is
 * mirrored from Stripe's answer; the run is audited.
 */
export async function migrateSubscribers(
  sql: Sql,
  context: ActionContext,
  openTarget: () => Promise<SyncTarget | undefined>,
  productId: string,
  options: MigrationOptions,
): Promise<MigrationReport> {
  const tenant: TenantScope = context.tenant;
  const plan = await withTenant(sql, tenant, (tx) => planSubscriberMigration(tx, productId));
  const report: MigrationReport = { migrated: [], skipped: [] };
  const movable = plan.filter((move) => {
    if (move.skip) report.skipped.push({ subscription: move.subscription, reason: move.skip });
    return !move.skip;
  });
  const target = options.dry_run || movable.length === 0 ? undefined : await openTarget();
  for (const move of movable) {
    const to = move.to as NonNullable<PlannedMove["to"]>;
    const done = { subscription: move.subscription, from_price: move.from.id, to_price: to.id };
    if (options.dry_run) {
      report.migrated.push(done);
      continue;
    }
    try {
      if (!target) throw new Skip("no_connected_account");
      const toStripe = to.stripe_id ?? (await syncPrice(target, to.id)).stripe_id;
      if (!toStripe) throw new Skip("price_not_on_stripe");
      const moved = await (options.timing === "now" ? moveNow : moveAtRenewal)(target, move, toStripe, options);
      await withTenant(sql, tenant, (tx) => mirrorSubscription(tx, moved, "product.subscribers_migrated"));
      report.migrated.push(done);
    } catch (error) {
      if (error instanceof Skip) report.skipped.push({ subscription: move.subscription, reason: error.reason });
      else if (error instanceof Stripe.errors.StripeError)
        report.skipped.push({ subscription: move.subscription, reason: "stripe_error", message: error.message });
      else throw error;
    }
  }
  if (!options.dry_run && plan.length > 0) {
    await withTenant(sql, tenant, (tx) =>
      recordAudit(tx, context, {
        action: "product.subscribers_migrated",
        target: { type: "product", id: productId },
        after: { timing: options.timing, proration_behavior: options.proration_behavior, ...report },
      }),
    );
  }
  return report;
}

/**
 * The one item a migratable subscription has (several items are not BillingOS's shape: skipped).
 * A subscription with a schedule already has a change coming (a downgrade at period end, or an
 * earlier migration): migrating would overwrite it, so it is skipped as `change_scheduled`.
 */
async function soleItem(target: SyncTarget, move: PlannedMove) {
  const subscription = await target.stripe.subscriptions.retrieve(
    move.subscription,
    { expand: [...MRR_EXPAND] },
    { stripeAccount: target.stripeAccount },
  );
  const [item, ...others] = subscription.items.data;
  if (!item || others.length > 0) throw new Skip("multiple_items");
  if (subscription.schedule) throw new Skip("change_scheduled");
  return { subscription, item };
}

async function moveNow(target: SyncTarget, move: PlannedMove, toStripe: string, options: MigrationOptions) {
  const { subscription, item } = await soleItem(target, move);
  if (item.price.id === toStripe) return subscription;
  return target.stripe.subscriptions.update(
    subscription.id,
    { items: [{ id: item.id, price: toStripe }], proration_behavior: options.proration_behavior, expand: [...MRR_EXPAND] },
    {
      stripeAccount: target.stripeAccount,
      idempotencyKey: `billingos-migrate-${subscription.id}-${toStripe}-now-${options.proration_behavior}`,
    },
  );
}

async function moveAtRenewal(target: SyncTarget, move: PlannedMove, toStripe: string) {
  const on = { stripeAccount: target.stripeAccount };
  const { subscription, item } = await soleItem(target, move);
  const periodEnd = item.current_period_end;
  const schedule = await target.stripe.subscriptionSchedules.create(
    { from_subscription: subscription.id },
    { ...on, idempotencyKey: `billingos-schedule-${subscription.id}-${periodEnd}` },
  );
  const currentStart = schedule.current_phase?.start_date ?? schedule.phases[0]?.start_date ?? item.current_period_start;
  const quantity = item.quantity ?? move.quantity;
  const cadence = { interval: move.from.recurring_interval ?? "month", interval_count: move.from.recurring_interval_count ?? 1 };
  await target.stripe.subscriptionSchedules.update(
    schedule.id,
    {
      end_behavior: "release",
      proration_behavior: "none",
      phases: [
        { items: [{ price: item.price.id, quantity }], start_date: currentStart, end_date: periodEnd },
        { items: [{ price: toStripe, quantity }], duration: cadence },
      ],
    },
    { ...on, idempotencyKey: `billingos-migrate-${subscription.id}-${toStripe}-at-${periodEnd}` },
  );
  return target.stripe.subscriptions.retrieve(subscription.id, { expand: [...MRR_EXPAND] }, on);
}
