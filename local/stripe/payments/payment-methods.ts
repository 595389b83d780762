import type Stripe from "stripe";
import { emit, nowSeconds, saveWithEvent } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors, StripeApiError } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { cardByNumber, cardByToken, type Decline, passesLuhn, type TestCard } from "./test-cards";

/** The card number behind a PaymentMethod; kept out of the object (Stripe never returns it). */
export function testCardOf(ctx: ScopeContext, paymentMethodId: string): TestCard | undefined {
  const number = ctx.emulator.store.link(paymentMethodId, "card_number");
  return number ? cardByNumber(number) : undefined;
}

export function cardError(decline: Decline, extra: Record<string, unknown> = {}) {
  return new StripeApiError(402, {
    type: "card_error",
    code: decline.code,
    decline_code: decline.decline_code,
    message: decline.message,
    ...extra,
  });
}

function buildCardMethod(
  ctx: ScopeContext,
  card: TestCard,
  expMonth: number,
  expYear: number,
  billing?: Stripe.PaymentMethod.BillingDetails,
): Stripe.PaymentMethod {
  const id = newId("pm", 24);
  ctx.emulator.store.setLink(id, "card_number", card.number);
  return {
    id,
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: billing ?? { address: null, email: null, name: null, phone: null, tax_id: null },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "unchecked" },
      country: "US",
      display_brand: card.brand,
      exp_month: expMonth,
      exp_year: expYear,
      fingerprint: card.number.slice(-8).split("").reverse().join(""),
      funding: card.funding,
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [card.brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: nowSeconds(),
    customer: null,
    customer_account: null,
    livemode: ctx.livemode,
    metadata: {},
    type: "card",
  };
}

/**
 * Resolves a `payment_method` parameter: an existing PaymentMethod, or one of Stripe's test ids
 * (`pm_card_visa`), which like Stripe creates a fresh PaymentMethod each time it is used.
 */
export function resolvePaymentMethod(ctx: ScopeContext, id: string, param: string): Stripe.PaymentMethod {
  const template = cardByToken(id);
  if (template) return save(ctx, "payment_methods", buildCardMethod(ctx, template, 12, new Date().getUTCFullYear() + 3));
  return mustGet<Stripe.PaymentMethod>(ctx, "payment_methods", id, "PaymentMethod", param);
}

export function attach(ctx: ScopeContext, method: Stripe.PaymentMethod, customerId: string): Stripe.PaymentMethod {
  if (method.customer === customerId) return method;
  if (method.customer)
    throw errors.badRequest("The payment method you provided has already been attached to a customer.", "payment_method_unexpected_state");
  const decline = testCardOf(ctx, method.id)?.declineOnAttach;
  if (decline) throw cardError(decline, { param: "" });
  const attached = { ...method, customer: customerId };
  save(ctx, "payment_methods", attached);
  emit(ctx, "payment_method.attached", attached);
  return attached;
}

const cardShape = { number: "string", exp_month: "integer", exp_year: "integer", cvc: "string", token: "string" } as const;
const billingShape = {
  object: { name: "string", email: "string", phone: "string", address: "any" },
} as const;
export const paymentMethodDataShape = {
  type: { enum: ["card"] },
  card: { object: cardShape },
  billing_details: billingShape,
  metadata: "metadata",
} as const;

/** Creates a card PaymentMethod from raw card fields (Stripe.js's card form) or a test token. */
export function createPaymentMethod(
  ctx: ScopeContext,
  params: {
    type?: string | null;
    card?: Record<string, unknown> | null;
    billing_details?: Record<string, unknown> | null;
    metadata?: Record<string, string> | null;
  },
  prefix = "",
): Stripe.PaymentMethod {
  const name = (param: string) => (prefix ? `${prefix}[${param}]` : param);
  if (!params.type) throw errors.missingParam(name("type"));
  const card = params.card as { number?: string; exp_month?: number; exp_year?: number; cvc?: string; token?: string } | null | undefined;
  if (!card) throw errors.missingParam(name("card"));
  let template: TestCard | undefined;
  if (card.token) template = cardByToken(card.token.replace(/^tok_/, "pm_card_"));
  else {
    if (!card.number) throw errors.missingParam(name("card[number]"));
    if (!passesLuhn(card.number))
      throw new StripeApiError(402, {
        type: "card_error",
        code: "incorrect_number",
        message: "Your card number is incorrect.",
        param: "number",
      });
    template = cardByNumber(card.number) ?? { number: card.number.replace(/\s+/g, ""), brand: "visa", funding: "credit" };
    const year = card.exp_year ?? 0;
    const month = card.exp_month ?? 0;
    if (month < 1 || month > 12)
      throw new StripeApiError(402, {
        type: "card_error",
        code: "invalid_expiry_month",
        message: "Your card's expiration month is invalid.",
        param: "exp_month",
      });
    const fullYear = year < 100 ? 2000 + year : year;
    const now = new Date();
    if (fullYear < now.getUTCFullYear() || (fullYear === now.getUTCFullYear() && month < now.getUTCMonth() + 1))
      throw new StripeApiError(402, {
        type: "card_error",
        code: "invalid_expiry_year",
        message: "Your card's expiration year is invalid.",
        param: "exp_year",
      });
  }
  if (!template) throw errors.badRequest("Invalid token id.", "token_invalid", name("card[token]"));
  const billing = params.billing_details as { name?: string; email?: string; phone?: string } | null | undefined;
  const method = buildCardMethod(
    ctx,
    template,
    card.exp_month ?? 12,
    card.exp_year && card.exp_year < 100 ? 2000 + card.exp_year : (card.exp_year ?? new Date().getUTCFullYear() + 3),
    {
      address: null,
      email: billing?.email ?? null,
      name: billing?.name ?? null,
      phone: billing?.phone ?? null,
      tax_id: null,
    },
  );
  method.metadata = mergeMetadata({}, params.metadata);
  return save(ctx, "payment_methods", method);
}

export const paymentMethodRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/payment_methods",
    publishable: true,
    handler: (ctx) => createPaymentMethod(ctx, parseParams(ctx.input, paymentMethodDataShape)),
  },
  {
    method: "GET",
    path: "/v1/payment_methods/:id",
    handler: (ctx) => resolvePaymentMethod(ctx, ctx.args[0] ?? "", "id"),
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id",
    handler(ctx) {
      const before = mustGet<Stripe.PaymentMethod>(ctx, "payment_methods", ctx.args[0] ?? "", "PaymentMethod");
      const params = parseParams(ctx.input, {
        metadata: "metadata",
        billing_details: billingShape,
        allow_redisplay: { enum: ["always", "limited", "unspecified"] },
      });
      const after: Stripe.PaymentMethod = structuredClone(before);
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      if (params.billing_details?.name !== undefined) after.billing_details.name = params.billing_details.name;
      if (params.billing_details?.email !== undefined) after.billing_details.email = params.billing_details.email;
      if (params.allow_redisplay) after.allow_redisplay = params.allow_redisplay;
      return saveWithEvent(ctx, "payment_methods", before, after, "payment_method.updated");
    },
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/attach",
    handler(ctx) {
      const params = parseParams(ctx.input, { customer: "string" }, ["customer"]);
      const customer = mustGet<Stripe.Customer>(ctx, "customers", params.customer ?? "", "customer", "customer");
      return attach(ctx, resolvePaymentMethod(ctx, ctx.args[0] ?? "", "payment_method"), customer.id);
    },
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/detach",
    handler(ctx) {
      parseParams(ctx.input, {});
      const method = mustGet<Stripe.PaymentMethod>(ctx, "payment_methods", ctx.args[0] ?? "", "PaymentMethod");
      if (!method.customer)
        throw errors.badRequest(
          "The payment method you provided is not attached to a customer so detachment is impossible.",
          "payment_method_unexpected_state",
        );
      const customerId = typeof method.customer === "string" ? method.customer : method.customer.id;
      const customer = ctx.emulator.store.get<Stripe.Customer>(ctx.scope, "customers", customerId);
      if (customer && customer.invoice_settings.default_payment_method === method.id) {
        const updated = structuredClone(customer);
        updated.invoice_settings.default_payment_method = null;
        saveWithEvent(ctx, "customers", customer, updated, "customer.updated");
      }
      const detached = { ...method, customer: null };
      save(ctx, "payment_methods", detached);
      emit(ctx, "payment_method.detached", detached, { customer: customerId });
      return detached;
    },
  },
  {
    method: "GET",
    path: "/v1/payment_methods",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { customer: "string", type: { enum: ["card"] } });
      if (params.customer) mustGet(ctx, "customers", params.customer, "customer", "customer");
      const store = ctx.emulator.store;
      const all = params.customer
        ? store.allBy<Stripe.PaymentMethod>(ctx.scope, "payment_methods", "customer", params.customer)
        : store.all<Stripe.PaymentMethod>(ctx.scope, "payment_methods").filter((method) => method.customer === null);
      return paginate(all, ctx.input, "/v1/payment_methods", "payment_method");
    },
  },
  {
    method: "GET",
    path: "/v1/customers/:id/payment_methods",
    handler(ctx) {
      const customer = mustGet<Stripe.Customer>(ctx, "customers", ctx.args[0] ?? "", "customer");
      parseParams(withoutPagination(ctx.input), { type: { enum: ["card"] }, allow_redisplay: "string" });
      const all = ctx.emulator.store.allBy<Stripe.PaymentMethod>(ctx.scope, "payment_methods", "customer", customer.id);
      return paginate(all, ctx.input, `/v1/customers/${customer.id}/payment_methods`, "payment_method");
    },
  },
];
