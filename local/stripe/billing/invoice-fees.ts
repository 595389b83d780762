import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { save } from "../resources/lookup";

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

/** The fee the invoice's payment carries: its own amount, else the subscription's percentage of the amount due. */
export function invoiceApplicationFee(ctx: ScopeContext, invoice: Stripe.Invoice): number | null {
  if (!ctx.account) return null;
  const own = ctx.emulator.store.link(invoice.id, FEE_LINK);
  if (own !== undefined) return Number(own);
  const subscriptionId = subscriptionOfInvoice(invoice);
  const subscription = subscriptionId ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", subscriptionId) : undefined;
  const percent = subscription?.application_fee_percent;
  if (percent === null || percent === undefined) return null;
  // Stripe rounds the fee to the nearest minor unit of the amount actually charged.
  return Math.round((invoice.amount_due * percent) / 100);
}

/**
 * Sets `application_fee_amount` as Stripe allows it: on a connected account's invoice (Stripe-Account),
 * while the invoice is a draft or open, between 0 and the amount due. On an open invoice the pending
 * PaymentIntent takes the new fee, so the charge that pays the invoice carries it.
 */
export function setInvoiceApplicationFee(ctx: ScopeContext, invoice: Stripe.Invoice, amount: number): void {
  if (!ctx.account)
    throw errors.badRequest(
      "Can only apply an application_fee_amount when the request is made on behalf of another account (using an OAuth key or the Stripe-Account header).",
      "parameter_invalid",
      "application_fee_amount",
    );
  if (invoice.status !== "draft" && invoice.status !== "open")
    throw errors.badRequest(
      `You can only update the application_fee_amount of a draft or open invoice; this one is ${invoice.status}.`,
      "invoice_not_editable",
      "application_fee_amount",
    );
  if (!Number.isInteger(amount) || amount < 0 || (invoice.status === "open" && amount > invoice.amount_due))
    throw errors.invalidParam(
      "application_fee_amount",
      "The application fee must be a non-negative integer no greater than the invoice's amount due.",
      "parameter_invalid_integer",
    );
  ctx.emulator.store.setLink(invoice.id, FEE_LINK, String(amount));
  const intentId = ctx.emulator.store.link(invoice.id, "payment_intent");
  const intent = intentId ? ctx.emulator.store.get<Stripe.PaymentIntent>(ctx.scope, "payment_intents", intentId) : undefined;
  if (intent && intent.status !== "succeeded" && intent.status !== "canceled")
    save(ctx, "payment_intents", { ...intent, application_fee_amount: amount });
}
