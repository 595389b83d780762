import type { BillingClient, Subscription } from "../../client/client";
import { BillingApiError, envelopeOf, toBillingError } from "../../client/errors";
import type { components } from "../../client/openapi";

export type ChangePreview = components["schemas"]["SubscriptionChangePreview"];
export type PaymentMethod = components["schemas"]["PaymentMethod"];
export type Invoice = components["schemas"]["Invoice"];
export type Entitlement = components["schemas"]["Entitlement"];
export type SetupIntentSecret = components["schemas"]["SetupIntentSecret"];
export type CancelReason = NonNullable<
  NonNullable<
    import("../../client/openapi").paths["/v1/subscriptions/{id}/cancel"]["post"]["requestBody"]
  >["content"]["application/json"]["reason"]
>;
export type Timing = "now" | "period_end";

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The API's answer, or its error envelope thrown as a BillingApiError (a lost connection as a BillingNetworkError). */
async function answer<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call.catch((thrown: unknown) => Promise.reject(toBillingError(thrown)));
  if (result.error === undefined && result.data !== undefined) return result.data;
  const status = result.response.status;
  throw new BillingApiError(
    status,
    envelopeOf(result.error) ?? { type: "api_error", code: `http_${status}`, message: `The API answered ${status}.`, request_id: "" },
  );
}

/** One Idempotency-Key per user action: a retried request of the same action never acts twice. */
const once = () => ({ "Idempotency-Key": crypto.randomUUID() });

/**
 * The customer-session calls the portal makes, typed from the API's OpenAPI document. Every action
 * resolves to what the API answered, which the portal shows as is (no optimistic updates).
 */
export function portalApi(client: BillingClient) {
  const api = client.customerApi;
  const sub = (id: string) => ({ params: { path: { id } } });
  return {
    state: () => answer(api.GET("/v1/customer_state")),
    preview: (id: string, body: { price: string; quantity: number }) =>
      answer(api.POST("/v1/subscriptions/{id}/preview_change", { ...sub(id), body })),
    change: (id: string, body: { price: string; quantity: number; proration_date?: number; timing: Timing }) =>
      answer(api.POST("/v1/subscriptions/{id}/change", { ...sub(id), body, headers: once() })),
    cancel: (id: string, body: { at_period_end: boolean; reason?: CancelReason; comment?: string }) =>
      answer(api.POST("/v1/subscriptions/{id}/cancel", { ...sub(id), body, headers: once() })),
    undoCancel: (id: string): Promise<Subscription> =>
      answer(api.POST("/v1/subscriptions/{id}/undo_cancel", { ...sub(id), headers: once() })),
    pause: (id: string): Promise<Subscription> =>
      answer(api.POST("/v1/subscriptions/{id}/pause", { ...sub(id), body: {}, headers: once() })),
    resume: (id: string): Promise<Subscription> => answer(api.POST("/v1/subscriptions/{id}/resume", { ...sub(id), headers: once() })),
    cards: (customer: string) =>
      answer(api.GET("/v1/customers/{id}/payment_methods", { params: { path: { id: customer }, query: { limit: 100 } } })),
    setupIntent: (customer: string) => answer(api.POST("/v1/customers/{id}/setup_intents", { ...sub(customer), headers: once() })),
    makeDefault: (customer: string, pm: string) =>
      answer(api.POST("/v1/customers/{id}/payment_methods/{pm}/default", { params: { path: { id: customer, pm } }, headers: once() })),
    removeCard: (customer: string, pm: string) =>
      answer(api.DELETE("/v1/customers/{id}/payment_methods/{pm}", { params: { path: { id: customer, pm } } })),
    invoices: () => answer(api.GET("/v1/invoices", { params: { query: { limit: 24 } } })),
    payInvoice: (id: string, paymentMethod: string) =>
      answer(api.POST("/v1/invoices/{id}/pay", { ...sub(id), body: { payment_method: paymentMethod }, headers: once() })),
  };
}

export type PortalApi = ReturnType<typeof portalApi>;
