import type Stripe from "stripe";
import { type CardErrorCode, cardCode } from "../../shared/error-codes";
import type { BillingContext } from "../billing-context";
import { percentCovering } from "../fees/fee-collection";
import { invoiceFee } from "../invoices";

export interface ChangeNow {
  item: string;
  stripePrice: string;
  quantity: number;
  prorationDate: number;
}

/** Why a change made now did not apply: Stripe's decline, and the open invoice that applies it once paid. */
export interface DeclinedChange {
  code: CardErrorCode;
  message: string;
  invoice: string;
}

/**
 * A change made now is paid before it applies (Stripe's pending_if_incomplete): Stripe prorates,
 * invoices and charges at once, and on a decline keeps the subscription on its current terms with
 * the change in `pending_update`, applied when that invoice is paid (POST /v1/invoices/{id}/pay)
 * and dropped when it is voided or after 23 hours. A change still waiting from before is dropped
 * first (its invoice voided): the latest request wins.
 *
 * BillingOS's fee: that invoice is finalized and paid inside the update, before the invoice.created
 * hook could set application_fee_amount on a draft (a finalized invoice's fee cannot be edited). So
 * the fee of the previewed invoice (equal to the real one: same proration_date) is set as the
 * subscription's application_fee_percent, rounded up, for the update and the previous percentage put
 * back after; the excess goes back when the invoice is paid, now or after a decline (fee-collection.ts).
 */
export async function changeNow(
  billing: BillingContext,
  subscription: Stripe.Subscription,
  change: ChangeNow,
): Promise<DeclinedChange | null> {
  if (subscription.pending_update && subscription.latest_invoice)
    await billing.stripe.invoices.voidInvoice(String(subscription.latest_invoice), {}, billing.on);
  const items = [{ id: change.item, price: change.stripePrice, quantity: change.quantity }];
  const details = { items, proration_behavior: "always_invoice" as const, proration_date: change.prorationDate };
  const preview = await billing.stripe.invoices.createPreview({ subscription: subscription.id, subscription_details: details }, billing.on);
  const fee = preview.amount_due > 0 ? await billing.inTenant((tx) => invoiceFee(tx, preview)) : 0;
  if (fee > 0)
    await billing.stripe.subscriptions.update(
      subscription.id,
      { application_fee_percent: percentCovering(fee, preview.amount_due) },
      billing.on,
    );
  let updated: Stripe.Subscription;
  try {
    updated = await billing.stripe.subscriptions.update(
      subscription.id,
      { ...details, payment_behavior: "pending_if_incomplete", expand: ["latest_invoice.confirmation_secret"] },
      billing.on,
    );
  } finally {
    if (fee > 0)
      await billing.stripe.subscriptions.update(
        subscription.id,
        { application_fee_percent: subscription.application_fee_percent ?? "" },
        billing.on,
      );
  }
  const invoice = updated.latest_invoice as Stripe.Invoice | null;
  if (!updated.pending_update || !invoice) return null;
  return { ...(await declineOf(billing, invoice)), invoice: invoice.id as string };
}

/** Stripe's reason for the decline, from the invoice's PaymentIntent (its id leads the client secret). */
async function declineOf(billing: BillingContext, invoice: Stripe.Invoice): Promise<{ code: CardErrorCode; message: string }> {
  const fallback = { code: "card_declined" as const, message: "Your card was declined." };
  const secret = invoice.confirmation_secret?.client_secret;
  if (!secret) return fallback;
  const intent = await billing.stripe.paymentIntents.retrieve(secret.split("_secret_")[0] as string, {}, billing.on);
  if (intent.status === "requires_action")
    return { code: "authentication_required", message: "The payment needs the customer's authentication (3-D Secure)." };
  const error = intent.last_payment_error;
  return error ? { code: cardCode(error.decline_code ?? error.code), message: error.message ?? fallback.message } : fallback;
}
