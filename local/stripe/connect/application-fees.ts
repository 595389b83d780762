import type Stripe from "stripe";
import { emit, nowSeconds } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { platformScope } from "../store/store";

const platform = (ctx: ScopeContext): ScopeContext => ({ ...ctx, scope: platformScope(ctx.livemode), account: null });

export const applicationFeeRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/application_fees/:id",
    handler: (ctx) => mustGet<Stripe.ApplicationFee>(platform(ctx), "application_fees", ctx.args[0] ?? "", "application fee"),
  },
  {
    method: "GET",
    path: "/v1/application_fees",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { charge: "string", created: "any" });
      const all = ctx.emulator.store
        .all<Stripe.ApplicationFee>(platformScope(ctx.livemode), "application_fees")
        .filter((fee) => !params.charge || fee.charge === params.charge);
      return paginate(all, ctx.input, "/v1/application_fees", "application fee");
    },
  },
  {
    method: "POST",
    path: "/v1/application_fees/:id/refunds",
    handler(ctx) {
      const scope = platform(ctx);
      const fee = mustGet<Stripe.ApplicationFee>(scope, "application_fees", ctx.args[0] ?? "", "application fee");
      const params = parseParams(ctx.input, { amount: "integer", metadata: "metadata" });
      const left = fee.amount - fee.amount_refunded;
      const amount = params.amount ?? left;
      if (amount <= 0 || amount > left)
        throw errors.invalidParam("amount", `Refund amount (${amount}) is greater than the unrefunded fee (${left}).`, "amount_too_large");
      const refund: Stripe.FeeRefund = {
        id: newId("fr", 24),
        object: "fee_refund",
        amount,
        balance_transaction: newId("txn", 24),
        created: nowSeconds(),
        currency: fee.currency,
        fee: fee.id,
        metadata: mergeMetadata({}, params.metadata),
      };
      save(scope, "fee_refunds", refund);
      const refunded: Stripe.ApplicationFee = {
        ...fee,
        amount_refunded: fee.amount_refunded + amount,
        refunded: fee.amount_refunded + amount === fee.amount,
        refunds: { ...fee.refunds, data: [refund, ...fee.refunds.data] },
      };
      save(scope, "application_fees", refunded);
      emit(scope, "application_fee.refunded", refunded, { amount_refunded: fee.amount_refunded, refunded: fee.refunded });
      return refund;
    },
  },
  {
    method: "GET",
    path: "/v1/application_fees/:id/refunds",
    handler(ctx) {
      const fee = mustGet<Stripe.ApplicationFee>(platform(ctx), "application_fees", ctx.args[0] ?? "", "application fee");
      return paginate(fee.refunds.data, ctx.input, `/v1/application_fees/${fee.id}/refunds`, "fee refund");
    },
  },
];
