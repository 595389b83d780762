import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { mergeMetadata, parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { platformScope } from "../store/store";
import type { Decline } from "./test-cards";

/** One charge attempt of a PaymentIntent, succeeded or failed, with its card details. */
export function recordCharge(
  ctx: ScopeContext,
  intent: Stripe.PaymentIntent,
  method: Stripe.PaymentMethod,
  result: { decline?: Decline; captured: boolean; created: number },
): Stripe.Charge {
  const card = method.card;
  const failed = Boolean(result.decline);
  const charge: Stripe.Charge = {
    id: newId("ch", 24),
    object: "charge",
    amount: intent.amount,
    amount_captured: !failed && result.captured ? intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: intent.application_fee_amount,
    balance_transaction: failed ? null : newId("txn", 24),
    billing_details: { ...method.billing_details },
    calculated_statement_descriptor: "BILLINGOS",
    captured: !failed && result.captured,
    created: result.created,
    currency: intent.currency,
    customer: intent.customer,
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: result.decline?.code ?? null,
    failure_message: result.decline?.message ?? null,
    fraud_details: {},
    livemode: ctx.livemode,
    metadata: { ...intent.metadata },
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: failed ? "declined_by_network" : "approved_by_network",
      reason: result.decline?.decline_code ?? null,
      risk_level: "normal",
      seller_message: failed ? "The bank did not return any further details with this decline." : "Payment complete.",
      type: failed ? "issuer_declined" : "authorized",
    },
    paid: !failed,
    payment_intent: intent.id,
    payment_method: method.id,
    payment_method_details: {
      type: "card",
      card: {
        amount_authorized: failed ? null : intent.amount,
        authorization_code: failed ? null : "123456",
        brand: card?.brand ?? null,
        checks: card?.checks ?? null,
        country: card?.country ?? null,
        electronic_commerce_indicator: null,
        exp_month: card?.exp_month ?? 12,
        exp_year: card?.exp_year ?? 2030,
        fingerprint: card?.fingerprint ?? null,
        funding: card?.funding ?? null,
        installments: null,
        last4: card?.last4 ?? null,
        mandate: null,
        network: card?.brand ?? null,
        network_transaction_id: failed ? null : newId("ntx", 15),
        regulated_status: "unregulated",
        three_d_secure: null,
        transaction_link_id: null,
        wallet: null,
      },
    },
    receipt_email: intent.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    refunds: { object: "list", data: [], has_more: false, url: "/v1/refunds" },
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: intent.statement_descriptor,
    statement_descriptor_suffix: null,
    status: failed ? "failed" : "succeeded",
    transfer_data: null,
    transfer_group: intent.transfer_group,
  };
  save(ctx, "charges", charge);
  if (failed) emit(ctx, "charge.failed", charge);
  else {
    emit(ctx, "charge.succeeded", charge);
    if (result.captured) collectApplicationFee(ctx, charge);
  }
  return charge;
}

/**
 * A captured charge on a connected account with an `application_fee_amount` moves that amount to the
 * platform: an ApplicationFee in the platform's scope (`account` = the connected account).
 */
export function collectApplicationFee(ctx: ScopeContext, charge: Stripe.Charge): Stripe.ApplicationFee | undefined {
  const amount = charge.application_fee_amount;
  if (!ctx.account || !amount || charge.application_fee) return undefined;
  const fee: Stripe.ApplicationFee = {
    id: newId("fee", 24),
    object: "application_fee",
    account: ctx.account,
    amount,
    amount_refunded: 0,
    application: "ca_billingos_emulator",
    balance_transaction: newId("txn", 24),
    charge: charge.id,
    created: charge.created,
    currency: charge.currency,
    fee_source: { charge: charge.id, type: "charge" },
    livemode: ctx.livemode,
    originating_transaction: null,
    refunded: false,
    refunds: { object: "list", data: [], has_more: false, url: "" },
  };
  fee.refunds.url = `/v1/application_fees/${fee.id}/refunds`;
  const platform: ScopeContext = { ...ctx, scope: platformScope(ctx.livemode), account: null };
  save(platform, "application_fees", fee);
  emit(platform, "application_fee.created", fee);
  save(ctx, "charges", { ...charge, application_fee: fee.id });
  return fee;
}

export const chargeRoutes: Route[] = [
  { method: "GET", path: "/v1/charges/:id", handler: (ctx) => mustGet<Stripe.Charge>(ctx, "charges", ctx.args[0] ?? "", "charge") },
  {
    method: "POST",
    path: "/v1/charges/:id",
    handler(ctx) {
      const before = mustGet<Stripe.Charge>(ctx, "charges", ctx.args[0] ?? "", "charge");
      const params = parseParams(ctx.input, { description: "string", metadata: "metadata", receipt_email: "string" });
      const after: Stripe.Charge = structuredClone(before);
      if (params.description !== undefined) after.description = params.description;
      if (params.receipt_email !== undefined) after.receipt_email = params.receipt_email;
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      return saveWithEvent(ctx, "charges", before, after, "charge.updated");
    },
  },
  {
    method: "GET",
    path: "/v1/charges",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { customer: "string", payment_intent: "string", created: "any" });
      const store = ctx.emulator.store;
      const all = (
        params.payment_intent
          ? store.allBy<Stripe.Charge>(ctx.scope, "charges", "payment_intent", params.payment_intent)
          : params.customer
            ? store.allBy<Stripe.Charge>(ctx.scope, "charges", "customer", params.customer)
            : store.all<Stripe.Charge>(ctx.scope, "charges")
      )
        .filter((charge) => !params.customer || charge.customer === params.customer)
        .filter((charge) => !params.payment_intent || charge.payment_intent === params.payment_intent);
      return paginate(all, ctx.input, "/v1/charges", "charge");
    },
  },
];
