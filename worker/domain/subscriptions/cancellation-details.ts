import type { TransactionSql } from "postgres";
import type Stripe from "stripe";

/** Mirrors Stripe's cancellation_details (why it was canceled), whoever canceled it and wherever. */
export async function mirrorCancellationDetails(tx: TransactionSql, subscription: Stripe.Subscription): Promise<void> {
  const details = subscription.cancellation_details;
  await tx`update subscriptions set cancellation_reason = ${details?.feedback || null}, cancellation_comment = ${details?.comment || null}
           where id = ${subscription.id}`;
}
