import type Stripe from "stripe";
import { emit } from "../events/events";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { customerNow, mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";

export const refundRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/refunds",
    handler(ctx) {
      const params = parseParams(ctx.input, {
        charge: "string",
        payment_intent: "string",
        amount: "integer",
        reason: { enum: ["duplicate", "fraudulent", "requested_by_customer"] },
        metadata: "metadata",
        refund_application_fee: "boolean",
      });
      if (!params.charge && !params.payment_intent) throw errors.missingParam("charge");
      let chargeId = params.charge;
      if (params.payment_intent) {
        const intent = mustGet<Stripe.PaymentIntent>(ctx, "payment_intents", params.payment_intent, "payment_intent", "payment_intent");
        if (intent.status !== "succeeded" || !intent.latest_charge)
          throw errors.badRequest(
            `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
            "charge_not_refundable",
            "payment_intent",
          );
        chargeId = String(intent.latest_charge);
      }
      const charge = mustGet<Stripe.Charge>(ctx, "charges", chargeId ?? "", "charge", "charge");
      const refundable = charge.amount_captured - charge.amount_refunded;
      const amount = params.amount ?? refundable;
      if (!charge.paid || refundable <= 0)
        throw errors.badRequest(`Charge ${charge.id} has already been refunded.`, "charge_already_refunded", "charge");
      if (amount <= 0 || amount > refundable)
        throw errors.invalidParam(
          "amount",
          `Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`,
          "amount_too_large",
        );
      const refund: Stripe.Refund = {
        id: newId("re", 24),
        object: "refund",
        amount,
        balance_transaction: newId("txn", 24),
        charge: charge.id,
        created: customerNow(ctx, typeof charge.customer === "string" ? charge.customer : null),
        currency: charge.currency,
        customer: charge.customer,
        customer_account: null,
        destination_details: {
          card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" },
          type: "card",
        },
        metadata: mergeMetadata({}, params.metadata),
        payment_intent: charge.payment_intent,
        payment_method: charge.payment_method,
        reason: params.reason ?? null,
        receipt_number: null,
        source_transfer_reversal: null,
        status: "succeeded",
        transfer_reversal: null,
      };
      save(ctx, "refunds", refund);
      emit(ctx, "refund.created", refund);
      const refunded: Stripe.Charge = {
        ...charge,
        amount_refunded: charge.amount_refunded + amount,
        refunded: charge.amount_refunded + amount >= charge.amount_captured,
      };
      save(ctx, "charges", refunded);
      emit(ctx, "charge.refunded", refunded, { amount_refunded: charge.amount_refunded, refunded: charge.refunded });
      return refund;
    },
  },
  { method: "GET", path: "/v1/refunds/:id", handler: (ctx) => mustGet<Stripe.Refund>(ctx, "refunds", ctx.args[0] ?? "", "refund") },
  {
    method: "POST",
    path: "/v1/refunds/:id",
    handler(ctx) {
      const refund = mustGet<Stripe.Refund>(ctx, "refunds", ctx.args[0] ?? "", "refund");
      const params = parseParams(ctx.input, { metadata: "metadata" });
      return save(ctx, "refunds", { ...refund, metadata: mergeMetadata(refund.metadata, params.metadata) });
    },
  },
  {
    method: "GET",
    path: "/v1/refunds",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { charge: "string", payment_intent: "string", created: "any" });
      const store = ctx.emulator.store;
      const all = (
        params.charge
          ? store.allBy<Stripe.Refund>(ctx.scope, "refunds", "charge", params.charge)
          : params.payment_intent
            ? store.allBy<Stripe.Refund>(ctx.scope, "refunds", "payment_intent", params.payment_intent)
            : store.all<Stripe.Refund>(ctx.scope, "refunds")
      ).filter((refund) => !params.payment_intent || refund.payment_intent === params.payment_intent);
      return paginate(all, ctx.input, "/v1/refunds", "refund");
    },
  },
];
