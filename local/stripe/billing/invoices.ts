import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { RequestContext, Route } from "../http/context";
import { errors, StripeApiError } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { customerNow, mustGet, save } from "../resources/lookup";
import { paginate, withoutPagination } from "../store/list";
import { buildInvoice } from "./invoice-builder";
import { setInvoiceApplicationFee } from "./invoice-fees";
import { attemptInvoicePayment, finalizeInvoice, markPaid, markUncollectible, voidInvoice } from "./invoice-lifecycle";
import { claimInvoiceItems, pendingLines } from "./pending-items";
import { itemShape } from "./subscription-params";
import { previewSubscriptionInvoice } from "./subscription-update";

const load = (ctx: RequestContext) => mustGet<Stripe.Invoice>(ctx, "invoices", ctx.args[0] ?? "", "invoice");
const nowFor = (ctx: RequestContext, invoice: Stripe.Invoice) => customerNow(ctx, String(invoice.customer));

function pay(ctx: RequestContext): Stripe.Invoice {
  let invoice = load(ctx);
  const params = parseParams(ctx.input, {
    payment_method: "string",
    paid_out_of_band: "boolean",
    off_session: "boolean",
    forgive: "boolean",
    source: "string",
    mandate: "string",
  });
  const at = nowFor(ctx, invoice);
  if (invoice.status === "draft") invoice = finalizeInvoice(ctx, invoice, at);
  if (invoice.status === "paid") throw errors.badRequest("Invoice is already paid", "invoice_payment_intent_requires_action");
  if (invoice.status !== "open" && invoice.status !== "uncollectible")
    throw errors.badRequest(`You cannot pay an invoice with status ${invoice.status}.`, "invoice_not_editable");
  if (params.paid_out_of_band) return markPaid(ctx, invoice, at, null);
  const after = attemptInvoicePayment(ctx, invoice, at, { methodId: params.payment_method, offSession: params.off_session ?? true });
  if (after.status === "paid") return after;
  const intentId = ctx.emulator.store.link(invoice.id, "payment_intent");
  const intent = intentId ? ctx.emulator.store.get<Stripe.PaymentIntent>(ctx.scope, "payment_intents", intentId) : undefined;
  const error = intent?.last_payment_error;
  throw new StripeApiError(402, {
    type: "card_error",
    code: error?.code ?? "invoice_payment_intent_requires_action",
    decline_code: error?.decline_code,
    message: error?.message ?? "This invoice could not be paid.",
  });
}

const previewShape = {
  customer: "string",
  subscription: "string",
  subscription_details: {
    object: {
      items: { array: itemShape },
      proration_behavior: { enum: ["create_prorations", "always_invoice", "none"] },
      proration_date: "integer",
      cancel_at_period_end: "boolean",
      billing_cycle_anchor: { enum: ["now", "unchanged"] },
      trial_end: "timestamp_or_now",
      default_payment_method: "string",
    },
  },
  discounts: "any",
  automatic_tax: "any",
  preview_mode: "string",
} as const;

export const invoiceRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/invoices",
    handler(ctx) {
      const params = parseParams(
        ctx.input,
        {
          customer: "string",
          auto_advance: "boolean",
          collection_method: { enum: ["charge_automatically", "send_invoice"] },
          days_until_due: "integer",
          description: "string",
          metadata: "metadata",
          pending_invoice_items_behavior: { enum: ["include", "exclude"] },
          currency: "string",
          default_payment_method: "string",
          footer: "string",
          application_fee_amount: "integer",
        },
        ["customer"],
      );
      const customer = mustGet<Stripe.Customer>(ctx, "customers", params.customer ?? "", "customer", "customer");
      const collection = params.collection_method ?? "charge_automatically";
      if (collection === "send_invoice" && params.days_until_due === undefined) throw errors.missingParam("days_until_due");
      const at = customerNow(ctx, customer.id);
      const lines = params.pending_invoice_items_behavior === "include" ? pendingLines(ctx, customer.id, null) : [];
      const invoice = buildInvoice(ctx, {
        customer,
        subscription: null,
        currency: params.currency ?? lines[0]?.currency ?? "usd",
        lines,
        billingReason: "manual",
        discounts: [],
        at,
        collectionMethod: collection,
        autoAdvance: params.auto_advance ?? false,
        daysUntilDue: params.days_until_due,
        description: params.description,
        metadata: mergeMetadata({}, params.metadata),
      });
      if (params.default_payment_method) invoice.default_payment_method = params.default_payment_method;
      if (params.application_fee_amount !== undefined && params.application_fee_amount !== null)
        setInvoiceApplicationFee(ctx, invoice, params.application_fee_amount);
      save(ctx, "invoices", invoice);
      claimInvoiceItems(ctx, lines, invoice.id);
      emit(ctx, "invoice.created", invoice);
      return invoice;
    },
  },
  {
    method: "POST",
    path: "/v1/invoices/create_preview",
    handler(ctx) {
      const params = parseParams(ctx.input, previewShape);
      if (!params.customer && !params.subscription) throw errors.missingParam("customer");
      if (params.subscription) {
        const subscription = mustGet<Stripe.Subscription>(ctx, "subscriptions", params.subscription, "subscription", "subscription");
        const details = params.subscription_details ?? {};
        return previewSubscriptionInvoice(ctx, subscription, details, customerNow(ctx, String(subscription.customer)));
      }
      const customer = mustGet<Stripe.Customer>(ctx, "customers", params.customer ?? "", "customer", "customer");
      const lines = pendingLines(ctx, customer.id, null);
      if (lines.length === 0) throw errors.badRequest(`No upcoming invoices for customer: ${customer.id}`, "invoice_upcoming_none");
      return buildInvoice(ctx, {
        customer,
        subscription: null,
        currency: lines[0]?.currency ?? "usd",
        lines,
        billingReason: "manual",
        discounts: [],
        at: customerNow(ctx, customer.id),
        collectionMethod: "charge_automatically",
        autoAdvance: false,
        preview: true,
      });
    },
  },
  { method: "GET", path: "/v1/invoices/:id", handler: (ctx) => load(ctx) },
  {
    method: "POST",
    path: "/v1/invoices/:id",
    handler(ctx) {
      const before = load(ctx);
      const params = parseParams(ctx.input, {
        description: "string",
        metadata: "metadata",
        auto_advance: "boolean",
        footer: "string",
        days_until_due: "integer",
        default_payment_method: "string",
        application_fee_amount: "integer",
      });
      if (before.status !== "draft" && (params.description !== undefined || params.days_until_due !== undefined))
        throw errors.badRequest("You can only update the description of a draft invoice.", "invoice_not_editable");
      if (params.application_fee_amount !== undefined && params.application_fee_amount !== null)
        setInvoiceApplicationFee(ctx, before, params.application_fee_amount);
      const after: Stripe.Invoice = structuredClone(before);
      if (params.description !== undefined) after.description = params.description;
      if (params.footer !== undefined) after.footer = params.footer;
      if (params.auto_advance !== undefined && params.auto_advance !== null) after.auto_advance = params.auto_advance;
      if (params.default_payment_method !== undefined) after.default_payment_method = params.default_payment_method;
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      return saveWithEvent(ctx, "invoices", before, after, "invoice.updated");
    },
  },
  {
    method: "DELETE",
    path: "/v1/invoices/:id",
    handler(ctx) {
      const invoice = load(ctx);
      if (invoice.status !== "draft") throw errors.badRequest("You can only delete draft invoices.", "invoice_not_editable");
      for (const item of ctx.emulator.store.allBy<Stripe.InvoiceItem>(ctx.scope, "invoiceitems", "invoice", invoice.id))
        save(ctx, "invoiceitems", { ...item, invoice: null });
      ctx.emulator.store.remove(ctx.scope, "invoices", invoice.id);
      emit(ctx, "invoice.deleted", invoice);
      const deleted: Stripe.DeletedInvoice = { id: invoice.id, object: "invoice", deleted: true };
      return deleted;
    },
  },
  {
    method: "POST",
    path: "/v1/invoices/:id/finalize",
    handler(ctx) {
      const invoice = load(ctx);
      const params = parseParams(ctx.input, { auto_advance: "boolean" });
      const finalized = finalizeInvoice(ctx, invoice, nowFor(ctx, invoice));
      if (params.auto_advance && finalized.status === "open") return attemptInvoicePayment(ctx, finalized, nowFor(ctx, invoice));
      return finalized;
    },
  },
  { method: "POST", path: "/v1/invoices/:id/pay", handler: pay },
  {
    method: "POST",
    path: "/v1/invoices/:id/void",
    handler(ctx) {
      parseParams(ctx.input, {});
      const invoice = load(ctx);
      return voidInvoice(ctx, invoice, nowFor(ctx, invoice));
    },
  },
  {
    method: "POST",
    path: "/v1/invoices/:id/mark_uncollectible",
    handler(ctx) {
      parseParams(ctx.input, {});
      const invoice = load(ctx);
      return markUncollectible(ctx, invoice, nowFor(ctx, invoice));
    },
  },
  {
    method: "GET",
    path: "/v1/invoices/:id/lines",
    handler(ctx) {
      const invoice = load(ctx);
      return paginate(invoice.lines.data, ctx.input, `/v1/invoices/${invoice.id}/lines`, "line item");
    },
  },
  {
    method: "GET",
    path: "/v1/invoices",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        customer: "string",
        subscription: "string",
        status: { enum: ["draft", "open", "paid", "uncollectible", "void"] },
        collection_method: "string",
        created: "any",
        due_date: "any",
      });
      const store = ctx.emulator.store;
      const all = (
        params.subscription
          ? store.allBy<Stripe.Invoice>(ctx.scope, "invoices", "subscription", params.subscription)
          : params.customer
            ? store.allBy<Stripe.Invoice>(ctx.scope, "invoices", "customer", params.customer)
            : store.all<Stripe.Invoice>(ctx.scope, "invoices")
      )
        .filter((invoice) => !params.customer || invoice.customer === params.customer)
        .filter((invoice) => !params.status || invoice.status === params.status);
      return paginate(all, ctx.input, "/v1/invoices", "invoice");
    },
  },
];
