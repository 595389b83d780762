import type Stripe from "stripe";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { parseParams } from "../http/params";
import { mustGet } from "../resources/lookup";
import { paginate, withoutPagination } from "../store/list";

/** Invoice payments: which PaymentIntent paid which invoice (the link charges no longer carry in this API version). */
export const invoicePaymentRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/invoice_payments/:id",
    handler: (ctx) => mustGet<Stripe.InvoicePayment>(ctx, "invoice_payments", ctx.args[0] ?? "", "invoice payment"),
  },
  {
    method: "GET",
    path: "/v1/invoice_payments",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        invoice: "string",
        payment: { object: { type: { enum: ["payment_intent", "payment_record"] }, payment_intent: "string", payment_record: "string" } },
        status: { enum: ["canceled", "open", "paid"] },
        created: "any",
      });
      if (params.payment && !params.payment.type) throw errors.missingParam("payment[type]");
      const intent = params.payment?.payment_intent;
      const store = ctx.emulator.store;
      const all = (
        params.invoice
          ? store.allBy<Stripe.InvoicePayment>(ctx.scope, "invoice_payments", "invoice", params.invoice)
          : store.all<Stripe.InvoicePayment>(ctx.scope, "invoice_payments")
      )
        .filter((payment) => !params.status || payment.status === params.status)
        .filter((payment) => !params.payment?.type || payment.payment.type === params.payment.type)
        .filter((payment) => !intent || payment.payment.payment_intent === intent);
      return paginate(all, ctx.input, "/v1/invoice_payments", "invoice payment");
    },
  },
];
