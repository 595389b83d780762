import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { cardCode } from "../shared/error-codes";
import { InvalidRequestError, NotFoundError, PaymentDeclinedError } from "../shared/errors";
import { recordAudit } from "./audit";
import type { BillingContext } from "./billing-context";
import type { InvoiceRow } from "./invoice-objects";
import { invoiceSubscription, mirrorInvoice } from "./invoices";
import { makeDefault, ownedPaymentMethod } from "./payment-methods";
import { MIRROR_EXPAND, mirrorSubscription } from "./subscriptions/subscriptions";

/** Our mirror of an invoice, if the caller may see it (a customer session only its own customer's). */
export async function visibleInvoice(
  tx: TransactionSql,
  billing: BillingContext,
  id: string,
): Promise<InvoiceRow & { stripe_customer_id: string }> {
  const [row] = billing.pinnedCustomer
    ? await tx<(InvoiceRow & { stripe_customer_id: string })[]>`
        select i.* from invoices i join customers c on c.stripe_customer_id = i.stripe_customer_id
        where i.id = ${id} and c.id = ${billing.pinnedCustomer}`
    : await tx<(InvoiceRow & { stripe_customer_id: string })[]>`select * from invoices where id = ${id}`;
  if (!row) throw new NotFoundError(`No such invoice: '${id}'.`, "resource_missing", "id");
  return row;
}

/**
 * Pays an open invoice again with one of the customer's cards (after a decline, say). Whatever
 * happens, Stripe's resulting invoice (and its subscription) is mirrored before answering; a
 * decline is then a 402 with Stripe's reason. A card that paid a subscription's invoice becomes the
 * customer's default and their subscriptions', so the next renewal does not try the card that failed.
 */
export async function payInvoice(billing: BillingContext, id: string, paymentMethod: string) {
  const row = await billing.inTenant((tx) => visibleInvoice(tx, billing, id));
  const current = await billing.stripe.invoices.retrieve(id, {}, billing.on);
  if (current.status !== "open")
    throw new InvalidRequestError("invoice_not_open", `Invoice '${id}' is ${current.status}; only open invoices can be paid.`, "id");
  await ownedPaymentMethod(billing, row.stripe_customer_id, paymentMethod, "payment_method");
  let declined: Stripe.errors.StripeError | null = null;
  try {
    await billing.stripe.invoices.pay(id, { payment_method: paymentMethod }, billing.on);
  } catch (error) {
    if ((error as Stripe.errors.StripeError).type !== "StripeCardError") throw error;
    declined = error as Stripe.errors.StripeError;
  }
  const invoice = await billing.stripe.invoices.retrieve(id, {}, billing.on);
  const subscriptionId = invoiceSubscription(invoice);
  const madeDefault =
    !declined && subscriptionId !== null && (await makeDefault(billing.stripe, billing.on, row.stripe_customer_id, paymentMethod));
  // Paying the invoice of a change awaiting payment applies that change: the subscription is mirrored with it.
  const subscription = subscriptionId
    ? await billing.stripe.subscriptions.retrieve(subscriptionId, { expand: MIRROR_EXPAND }, billing.on)
    : null;
  const paid = await billing.inTenant(async (tx) => {
    await mirrorInvoice(tx, invoice, "billingos.invoice.pay");
    if (subscription) await mirrorSubscription(tx, subscription, "billingos.invoice.pay");
    await recordAudit(tx, billing.context, {
      action: declined ? "invoice.payment_declined" : "invoice.paid",
      target: { type: "invoice", id },
      after: { payment_method: paymentMethod, status: invoice.status },
    });
    const [customer] = madeDefault
      ? await tx<{ id: string }[]>`select id from customers where stripe_customer_id = ${row.stripe_customer_id}`
      : [];
    if (customer)
      await recordAudit(tx, billing.context, {
        action: "payment_method.default_set",
        target: { type: "customer", id: customer.id },
        after: { payment_method: paymentMethod },
      });
    return visibleInvoice(tx, billing, id);
  });
  if (declined) throw new PaymentDeclinedError(cardCode(declined.decline_code ?? declined.code), declined.message, "payment_method");
  return paid;
}
