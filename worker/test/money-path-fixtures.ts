import type Stripe from "stripe";
import type { BillingOrganization } from "./billing-fixtures";
import { checkout, type Session } from "./checkout-fixtures";
import type { adminSql } from "./fixtures";

export const HOUR = 3600;
export const DAY = 86_400;

/** A customer on a test clock, both made through our API (POST /v1/test_clocks, POST /v1/customers {test_clock}). */
export async function clockedCustomer(org: BillingOrganization) {
  const clock = await org.as<{ id: string; frozen_time: number }>("/v1/test_clocks", { body: { name: "money path" } });
  if (clock.status !== 201) throw new Error(`clock: ${clock.status} ${JSON.stringify(clock.body)}`);
  const email = `${crypto.randomUUID().slice(0, 8)}@money.test`;
  const customer = await org.as<{ id: string; stripe_customer_id: string }>("/v1/customers", {
    body: { email, test_clock: clock.body.id },
  });
  if (customer.status !== 201) throw new Error(`customer: ${customer.status} ${JSON.stringify(customer.body)}`);
  /** Advances the clock through our route to `frozenTime`, then delivers what Stripe did on the way. */
  const advanceTo = async (frozenTime: number) => {
    const advanced = await org.as(`/v1/test_clocks/${clock.body.id}/advance`, { body: { frozen_time: frozenTime } });
    if (advanced.status !== 200) throw new Error(`advance: ${advanced.status} ${JSON.stringify(advanced.body)}`);
    return org.deliverEvents();
  };
  /** A renewal or trial end at `at`: the draft's invoice.created (which sets the fee), then finalization an hour later. */
  const billAt = async (at: number) => {
    await advanceTo(at + 60);
    await advanceTo(at + 2 * HOUR);
  };
  return { clock: clock.body, customer: customer.body, email, advanceTo, billAt };
}

/** Checks out `price` for `customer` and confirms the session's intent with `card`, as Stripe.js would. */
export async function checkedOut(org: BillingOrganization, customer: string, price: string, card = "pm_card_visa") {
  const session = await checkout(org, { customer, price });
  if (session.status !== 201) throw new Error(`checkout: ${session.status} ${JSON.stringify(session.body)}`);
  const intentId = (session.body.intent.client_secret ?? "").split("_secret_")[0] as string;
  if (session.body.intent.kind === "setup_intent") await org.stripe.setupIntents.confirm(intentId, { payment_method: card }, org.on);
  else if (session.body.intent.kind === "payment_intent")
    await org.stripe.paymentIntents.confirm(intentId, { payment_method: card }, org.on);
  await org.deliverEvents();
  return session.body as Session;
}

/** The charge that paid an invoice (with its application fee). */
export async function chargeOfInvoice(org: BillingOrganization, invoice: string): Promise<Stripe.Charge> {
  const payments = await org.stripe.invoicePayments.list({ invoice }, org.on);
  const paid = payments.data.find((payment) => payment.status === "paid") ?? payments.data[0];
  const intent = await org.stripe.paymentIntents.retrieve(String(paid?.payment.payment_intent), { expand: ["latest_charge"] }, org.on);
  return intent.latest_charge as Stripe.Charge;
}

export interface LedgerRow {
  gross: number;
  fee: number;
  net: number;
  refunded: number;
  fee_returned: number;
  charge_id: string | null;
  application_fee_id: string | null;
}

export async function ledgerOf(admin: ReturnType<typeof adminSql>, source: { invoice?: string; payment_intent?: string }) {
  const [row] = await admin<LedgerRow[]>`
    select gross::int, fee::int, net::int, refunded::int, fee_returned::int, charge_id, application_fee_id from fee_ledger
    where ${source.invoice ? admin`invoice_id = ${source.invoice}` : admin`payment_intent_id = ${source.payment_intent ?? ""}`}`;
  return row;
}
