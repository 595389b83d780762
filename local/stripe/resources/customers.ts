import type Stripe from "stripe";
import { emit, nowSeconds, saveWithEvent } from "../events/events";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { attach, cardError, resolvePaymentMethod, testCardOf } from "../payments/payment-methods";
import { newId } from "../store/ids";
import { matchesQuery, paginate, searchResult, withoutPagination } from "../store/list";
import { mustGet, save } from "./lookup";

const address = {
  object: { line1: "string", line2: "string", city: "string", state: "string", postal_code: "string", country: "string" },
} as const;
const shape = {
  name: "string",
  email: "string",
  description: "string",
  phone: "string",
  metadata: "metadata",
  address,
  payment_method: "string",
  invoice_settings: { object: { default_payment_method: "string", footer: "string" } },
  preferred_locales: { array: "string" },
  test_clock: "string",
  balance: "integer",
} as const;

function toAddress(value: { [k: string]: string | null | undefined } | null | undefined): Stripe.Address | null {
  if (!value) return null;
  return {
    line1: value.line1 ?? null,
    line2: value.line2 ?? null,
    city: value.city ?? null,
    state: value.state ?? null,
    postal_code: value.postal_code ?? null,
    country: value.country ?? null,
  };
}

export const customerRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/customers",
    handler(ctx) {
      const params = parseParams(ctx.input, shape);
      if (params.test_clock) mustGet(ctx, "test_clocks", params.test_clock, "test_clock", "test_clock");
      const customer: Stripe.Customer = {
        id: newId("cus", 14),
        object: "customer",
        address: toAddress(params.address),
        balance: params.balance ?? 0,
        created: nowSeconds(),
        currency: null,
        default_source: null,
        delinquent: false,
        description: params.description ?? null,
        discount: null,
        email: params.email ?? null,
        invoice_prefix: newId("x", 8).slice(2).toUpperCase(),
        invoice_settings: {
          custom_fields: null,
          default_payment_method: null,
          footer: params.invoice_settings?.footer ?? null,
          rendering_options: null,
        },
        livemode: ctx.livemode,
        metadata: mergeMetadata({}, params.metadata),
        name: params.name ?? null,
        next_invoice_sequence: 1,
        phone: params.phone ?? null,
        preferred_locales: params.preferred_locales ?? [],
        shipping: null,
        tax_exempt: "none",
        test_clock: params.test_clock ?? null,
      };
      // Stripe attaches `payment_method` on create and may make it the default in the same call.
      const method = params.payment_method ? resolvePaymentMethod(ctx, params.payment_method, "payment_method") : null;
      const defaultMethod = params.invoice_settings?.default_payment_method ?? null;
      if (defaultMethod && defaultMethod !== params.payment_method) throw errorNotAttached(defaultMethod);
      const decline = method ? testCardOf(ctx, method.id)?.declineOnAttach : undefined;
      if (decline) throw cardError(decline, { param: "payment_method" });
      if (method && defaultMethod) customer.invoice_settings.default_payment_method = method.id;
      save(ctx, "customers", customer);
      if (method) attach(ctx, method, customer.id);
      emit(ctx, "customer.created", customer);
      return customer;
    },
  },
  {
    method: "GET",
    path: "/v1/customers/search",
    handler(ctx) {
      const params = parseParams(ctx.input, { query: "string", limit: "integer", page: "string" }, ["query"]);
      const all = ctx.emulator.store.all<Stripe.Customer>(ctx.scope, "customers");
      const query = params.query ?? "";
      return searchResult(
        all.filter((customer) => matchesQuery(customer as unknown as Record<string, unknown>, query)),
        "/v1/customers/search",
        params.limit ?? 10,
      );
    },
  },
  {
    method: "GET",
    path: "/v1/customers/:id",
    handler: (ctx) => mustGet<Stripe.Customer>(ctx, "customers", ctx.args[0] ?? "", "customer"),
  },
  {
    method: "POST",
    path: "/v1/customers/:id",
    handler(ctx) {
      const before = mustGet<Stripe.Customer>(ctx, "customers", ctx.args[0] ?? "", "customer");
      const params = parseParams(ctx.input, shape);
      const after: Stripe.Customer = structuredClone(before);
      if (params.name !== undefined) after.name = params.name;
      if (params.email !== undefined) after.email = params.email;
      if (params.description !== undefined) after.description = params.description;
      if (params.phone !== undefined) after.phone = params.phone;
      if (params.balance !== undefined) after.balance = params.balance ?? 0;
      if (params.address !== undefined) after.address = toAddress(params.address);
      if (params.preferred_locales !== undefined) after.preferred_locales = params.preferred_locales ?? [];
      if (params.invoice_settings?.default_payment_method !== undefined) {
        const pm = params.invoice_settings.default_payment_method;
        if (pm) {
          const method = mustGet<Stripe.PaymentMethod>(
            ctx,
            "payment_methods",
            pm,
            "PaymentMethod",
            "invoice_settings[default_payment_method]",
          );
          if (method.customer !== before.id) throw errorNotAttached(pm);
        }
        after.invoice_settings.default_payment_method = pm ?? null;
      }
      if (params.invoice_settings?.footer !== undefined) after.invoice_settings.footer = params.invoice_settings.footer;
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      return saveWithEvent(ctx, "customers", before, after, "customer.updated");
    },
  },
  {
    method: "GET",
    path: "/v1/customers",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { email: "string", test_clock: "string", created: "any" });
      const all = ctx.emulator.store
        .all<Stripe.Customer>(ctx.scope, "customers")
        .filter((customer) => !params.email || customer.email === params.email)
        .filter((customer) => !params.test_clock || customer.test_clock === params.test_clock);
      return paginate(all, ctx.input, "/v1/customers", "customer");
    },
  },
  {
    method: "DELETE",
    path: "/v1/customers/:id",
    handler(ctx) {
      const customer = mustGet<Stripe.Customer>(ctx, "customers", ctx.args[0] ?? "", "customer");
      // Deleting a customer cancels its subscriptions at once, as Stripe does.
      for (const subscription of ctx.emulator.store.allBy<Stripe.Subscription>(ctx.scope, "subscriptions", "customer", customer.id)) {
        if (subscription.status === "canceled" || subscription.status === "incomplete_expired") continue;
        const ended: Stripe.Subscription = {
          ...subscription,
          status: "canceled",
          canceled_at: nowSeconds(),
          ended_at: nowSeconds(),
          cancel_at_period_end: false,
        };
        save(ctx, "subscriptions", ended);
        emit(ctx, "customer.subscription.deleted", ended);
      }
      ctx.emulator.store.remove(ctx.scope, "customers", customer.id);
      emit(ctx, "customer.deleted", customer);
      const deleted: Stripe.DeletedCustomer = { id: customer.id, object: "customer", deleted: true };
      return deleted;
    },
  },
];

function errorNotAttached(pm: string) {
  return errors.badRequest(
    `The customer does not have a payment method with the ID ${pm}. The payment method must be attached to the customer.`,
    "resource_missing",
    "invoice_settings[default_payment_method]",
  );
}
