import type Stripe from "stripe";
import { emit } from "../events/events";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { customerNow, mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { wireDecimal } from "../store/wire";
import { appendLines } from "./invoice-builder";
import { itemLines } from "./pending-items";

/** Invoice items: one-off charges (overage, setup fees) that land on the customer's next invoice. */
export const invoiceItemRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/invoiceitems",
    handler(ctx) {
      const params = parseParams(
        ctx.input,
        {
          customer: "string",
          amount: "integer",
          currency: "string",
          description: "string",
          quantity: "integer",
          pricing: { object: { price: "string" } },
          invoice: "string",
          subscription: "string",
          metadata: "metadata",
          discountable: "boolean",
          period: { object: { start: "integer", end: "integer" } },
        },
        ["customer"],
      );
      const customer = mustGet<Stripe.Customer>(ctx, "customers", params.customer ?? "", "customer", "customer");
      const price = params.pricing?.price ? mustGet<Stripe.Price>(ctx, "prices", params.pricing.price, "price", "pricing[price]") : null;
      const quantity = params.quantity ?? 1;
      if (quantity < 1) throw errors.invalidParam("quantity", "Quantity must be at least 1.", "parameter_invalid_integer");
      if (!price && (params.amount === undefined || params.amount === null)) throw errors.missingParam("amount");
      if (!price && !params.currency) throw errors.missingParam("currency");
      const invoice = params.invoice ? mustGet<Stripe.Invoice>(ctx, "invoices", params.invoice, "invoice", "invoice") : null;
      if (invoice && invoice.status !== "draft")
        throw errors.badRequest("You can only add invoice items to draft invoices.", "invoice_not_editable", "invoice");
      if (params.subscription) mustGet(ctx, "subscriptions", params.subscription, "subscription", "subscription");
      const at = customerNow(ctx, customer.id);
      const amount = price ? (price.unit_amount ?? 0) * quantity : (params.amount ?? 0);
      const currency = price?.currency ?? (params.currency ?? "usd").toLowerCase();
      const item: Stripe.InvoiceItem = {
        id: newId("ii", 24),
        object: "invoiceitem",
        amount,
        currency,
        customer: customer.id,
        customer_account: null,
        date: at,
        description: params.description ?? null,
        discountable: params.discountable ?? true,
        discounts: [],
        invoice: null,
        livemode: ctx.livemode,
        metadata: mergeMetadata({}, params.metadata),
        parent: params.subscription ? { type: "subscription_details", subscription_details: { subscription: params.subscription } } : null,
        period: { start: params.period?.start ?? at, end: params.period?.end ?? at },
        pricing: price
          ? {
              type: "price_details",
              price_details: { price: price.id, product: String(price.product) },
              unit_amount_decimal: wireDecimal(price.unit_amount ?? 0),
            }
          : null,
        proration: false,
        quantity,
        quantity_decimal: wireDecimal(quantity),
        tax_rates: [],
        test_clock: typeof customer.test_clock === "string" ? customer.test_clock : null,
      };
      save(ctx, "invoiceitems", item);
      emit(ctx, "invoiceitem.created", item);
      if (invoice) {
        // Added to a draft (for example overage during the hour before a renewal invoice finalizes).
        const attached = { ...item, invoice: invoice.id };
        save(ctx, "invoiceitems", attached);
        const updated = appendLines(ctx, invoice, customer, itemLines(ctx, [attached]));
        save(ctx, "invoices", updated);
        emit(ctx, "invoice.updated", updated, { total: invoice.total, amount_due: invoice.amount_due });
        return attached;
      }
      return item;
    },
  },
  {
    method: "GET",
    path: "/v1/invoiceitems/:id",
    handler: (ctx) => mustGet<Stripe.InvoiceItem>(ctx, "invoiceitems", ctx.args[0] ?? "", "invoiceitem"),
  },
  {
    method: "DELETE",
    path: "/v1/invoiceitems/:id",
    handler(ctx) {
      const item = mustGet<Stripe.InvoiceItem>(ctx, "invoiceitems", ctx.args[0] ?? "", "invoiceitem");
      if (item.invoice)
        throw errors.badRequest("This invoice item is already on an invoice and cannot be deleted.", "invoice_not_editable");
      ctx.emulator.store.remove(ctx.scope, "invoiceitems", item.id);
      emit(ctx, "invoiceitem.deleted", item);
      const deleted: Stripe.DeletedInvoiceItem = { id: item.id, object: "invoiceitem", deleted: true };
      return deleted;
    },
  },
  {
    method: "GET",
    path: "/v1/invoiceitems",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        customer: "string",
        invoice: "string",
        pending: "boolean",
        created: "any",
      });
      const store = ctx.emulator.store;
      const all = (
        params.invoice
          ? store.allBy<Stripe.InvoiceItem>(ctx.scope, "invoiceitems", "invoice", params.invoice)
          : params.customer
            ? store.allBy<Stripe.InvoiceItem>(ctx.scope, "invoiceitems", "customer", params.customer)
            : store.all<Stripe.InvoiceItem>(ctx.scope, "invoiceitems")
      )
        .filter((item) => !params.customer || item.customer === params.customer)
        .filter((item) => params.pending !== true || item.invoice === null);
      return paginate(all, ctx.input, "/v1/invoiceitems", "invoiceitem");
    },
  },
];
