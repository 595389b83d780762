import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { errors } from "../http/errors";

/**
 * An invoice's application fee. `application_fee_amount` (invoice create/update, connected accounts
 * only) is a request parameter but not a field of the Invoice object in this API version, so it is
 * kept beside the invoice; it takes precedence over the subscription's `application_fee_percent`.
 */
const FEE_LINK = "application_fee_amount";

export function subscriptionOfInvoice(invoice: Stripe.Invoice): string | null {
  const subscription = invoice.parent?.subscription_details?.subscription;
  return typeof subscription === "string" ? subscription : (subscription?.id ?? null);
}

/**
 * The fee the invoice's payment carries, fixed when the invoice is finalized: its own amount, else
 * the subscription's percentage of the amount due; never more than the amount due.
 */
export function invoiceApplicationFee(ctx: ScopeContext, invoice: Stripe.Invoice): number | null {
  if (!ctx.account) return null;
  const own = ctx.emulator.store.link(invoice.id, FEE_LINK);
  if (own !== undefined) return Math.min(Number(own), invoice.amount_due);
  const subscriptionId = subscriptionOfInvoice(invoice);
  const subscription = subscriptionId ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", subscriptionId) : undefined;
  const percent = subscription?.application_fee_percent;
  if (percent === null || percent === undefined) return null;
  // Stripe rounds the fee to the nearest minor unit of the amount actually charged.
  return Math.round((invoice.amount_due * percent) / 100);
}

/**
 * Sets `application_fee_amount` as Stripe allows it: on a connected account's invoice (Stripe-Account),
 * while the invoice is a draft (Stripe: "Draft invoices are fully editable. Once an invoice is
 * finalized, monetary values … become uneditable"), between 0 and the amount due. Finalization bounds
 * it again by the amount due then (a credit may have lowered it), see `invoiceApplicationFee`.
 */
export function setInvoiceApplicationFee(ctx: ScopeContext, invoice: Stripe.Invoice, amount: number): void {
  if (!ctx.account)
    throw errors.badRequest(
      "Can only apply an application_fee_amount when the request is made on behalf of another account (using an OAuth key or the Stripe-Account header).",
      "parameter_invalid",
      "application_fee_amount",
    );
  if (invoice.status !== "draft") throw errors.badRequest("Finalized invoices can't be updated in this way", "invoice_not_editable");
  if (!Number.isInteger(amount) || amount < 0 || amount > invoice.amount_due)
    throw errors.invalidParam(
      "application_fee_amount",
      `The application fee (${amount}) must be a non-negative integer no greater than the invoice's amount due (${invoice.amount_due}).`,
      "parameter_invalid_integer",
    );
  ctx.emulator.store.setLink(invoice.id, FEE_LINK, String(amount));
}
