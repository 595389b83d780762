import { atom, type ReadableAtom } from "nanostores";
import { type CustomerStateLoadable, CustomerStatePoller, type StateAnswer } from "./customer-state";
import { decideEntitlement, type EntitlementDecision } from "./entitlement-decision";
import { BillingApiError, BillingSessionError, envelopeOf, toBillingError } from "./errors";
import type { Loadable } from "./loadable";
import type { components, paths } from "./openapi";
import { type FetchSession, SessionKeeper, type SessionState } from "./session";
import { createTypedFetch, type TypedFetch } from "./typed-fetch";

export type Pricing = components["schemas"]["Pricing"];
export type Subscription = components["schemas"]["Subscription"];
export type CheckoutSession = components["schemas"]["CheckoutSession"];
export type CreateCheckoutSession = NonNullable<paths["/v1/checkout_sessions"]["post"]["requestBody"]>["content"]["application/json"];

/** The signed-in customer's billing state, shared by every element on the page. */
export interface CustomerState {
  subscriptions: Subscription[];
}

export interface BillingClientOptions {
  /** `pk_test_…` or `pk_live_…`: reads the public pricing. Never put a secret key in a page. */
  publishableKey: string;
  /** The BillingOS API origin; defaults to the local stack (`http://127.0.0.1:8787`). */
  apiBase?: string;
  /** Mints a customer session on your backend; omit for anonymous visitors. */
  fetchSession?: FetchSession;
  /** Replaces `fetch` (tests, proxies). Looked up on each call, so a page-level interception also applies. */
  fetch?: typeof fetch;
}

export const DEFAULT_API_BASE = "http://127.0.0.1:8787";

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * The headless client: typed calls to the API plus nanostores that every element (or your own
 * markup) subscribes to, so a page with several elements fetches each thing once.
 */
export class BillingClient {
  readonly publishableKey: string;
  readonly apiBase: string;
  /** Calls with the publishable key (the public catalogue). */
  readonly publicApi: TypedFetch;
  /** Calls as the signed-in customer (customer session, re-minted before expiry). */
  readonly customerApi: TypedFetch;
  readonly #session = new SessionKeeper();
  readonly #pricing = atom<Loadable<Pricing>>({ status: "idle" });
  readonly #customer = atom<Loadable<CustomerState>>({ status: "idle" });
  readonly #state = new CustomerStatePoller((etag) => this.#loadState(etag));
  #pricingLoad: Promise<Pricing> | undefined;
  #customerLoad: Promise<CustomerState | null> | undefined;

  /** The pricing document (`GET /v1/pricing`), loaded by `loadPricing()`. */
  readonly $pricing: ReadableAtom<Loadable<Pricing>> = this.#pricing;
  /** The signed-in customer's subscriptions, loaded by `loadCustomer()`. */
  readonly $customer: ReadableAtom<Loadable<CustomerState>> = this.#customer;
  /**
   * The signed-in customer's entitlements, usage and subscriptions (`GET /v1/customer_state`): one
   * request for the whole page, polled while anything subscribes, refreshed after every action the
   * page takes as the customer. `ready` with `null` data: nobody is signed in.
   */
  readonly $customerState: ReadableAtom<CustomerStateLoadable> = this.#state.$state;
  /** Whether a customer session is present (never the token itself). */
  readonly $session: ReadableAtom<SessionState> = this.#session.$state;

  constructor(options: BillingClientOptions) {
    if (!/^pk_(test|live)_/.test(options.publishableKey)) {
      throw new TypeError("BillingOS needs a publishable key (pk_test_… or pk_live_…) in the browser; secret keys stay on your server.");
    }
    this.publishableKey = options.publishableKey;
    this.apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, "");
    const fetcher = (request: Request) => (options.fetch ?? globalThis.fetch)(request);
    this.publicApi = createTypedFetch({
      baseUrl: this.apiBase,
      fetch: fetcher,
      headers: { Authorization: `Bearer ${this.publishableKey}` },
    });
    const session = this.#session;
    this.customerApi = createTypedFetch({
      baseUrl: this.apiBase,
      fetch: fetcher,
      async onRequest(request) {
        const token = await session.token();
        if (!token) throw new BillingSessionError("This needs a signed-in customer: give <billing-provider> a fetchSession callback.");
        request.headers.set("Authorization", `Bearer ${token}`);
        return request;
      },
      // Any change the customer makes from the page (a purchase, a plan change) may change what it is entitled to.
      onResponse: (request, response) => {
        if (request.method !== "GET" && response.ok) void this.#state.refreshAfterAction();
      },
    });
    this.#session.fetchSession = options.fetchSession;
    this.$session.listen((state) => {
      if (state.status !== "active") this.#customer.set({ status: "idle" });
      const known = this.#state.value;
      if (known.status !== "ready") return;
      // Signed out, or signed in (as someone else): the cached state no longer answers for this page.
      if (state.status === "none" && !this.fetchSession && known.data !== null) this.#state.reset();
      if (state.status === "active" && (known.data === null || (state.customer && state.customer !== known.data.customer))) {
        this.#state.reset();
      }
    });
  }

  get fetchSession(): FetchSession | undefined {
    return this.#session.fetchSession;
  }

  /** Sets or replaces the callback that mints customer sessions (the provider does this). */
  set fetchSession(callback: FetchSession | undefined) {
    this.#session.fetchSession = callback;
  }

  /** Whether a customer is signed in (mints the session if needed). */
  async hasCustomer(): Promise<boolean> {
    return (await this.#session.token().catch(() => null)) !== null;
  }

  /** Loads the pricing document once for the whole page; `force` refetches (the API answers 304 cheaply). */
  loadPricing(options: { force?: boolean } = {}): Promise<Pricing> {
    const current = this.#pricing.get();
    if (!options.force && current.status === "ready") return Promise.resolve(current.data);
    this.#pricingLoad ??= this.#track(this.#pricing, () => this.publicApi.GET("/v1/pricing")).finally(() => {
      this.#pricingLoad = undefined;
    });
    return this.#pricingLoad;
  }

  /** Seconds between polls of the customer state; undefined follows the API's `expires_at` (60 s). At least 5. */
  get customerStatePollInterval(): number | undefined {
    return this.#state.pollInterval;
  }

  set customerStatePollInterval(seconds: number | undefined) {
    this.#state.pollInterval = seconds;
  }

  /** Fetches the customer state now (one request however many callers); the page's elements follow. */
  refreshCustomerState(): Promise<void> {
    return this.#state.refresh();
  }

  /**
   * May the signed-in customer use `feature` (`required` units)? Decided in the page from the cached
   * customer state, without a request; undefined until that state is loaded (subscribe to
   * `$customerState` to load it and keep it fresh, as the elements do). UX only: your server
   * must call `check()` from `@billingos/sdk/server` before doing the work.
   */
  entitlement(feature: string, required = 1): EntitlementDecision | undefined {
    const state = this.#state.value;
    return state.status === "ready" ? decideEntitlement(state.data, feature, required) : undefined;
  }

  /** Loads the signed-in customer's subscriptions; resolves null (store stays idle) without a session. */
  loadCustomer(options: { force?: boolean } = {}): Promise<CustomerState | null> {
    const current = this.#customer.get();
    // Forced after a change (a completed checkout): the customer state follows it too.
    if (options.force) void this.#state.refreshAfterAction();
    if (!options.force && current.status === "ready") return Promise.resolve(current.data);
    this.#customerLoad ??= (async () => {
      if (!(await this.hasCustomer())) return null;
      return this.#track(this.#customer, async () => {
        const result = await this.#asCustomer(() => this.customerApi.GET("/v1/subscriptions", { params: { query: { limit: 100 } } }));
        return { ...result, data: result.data && { subscriptions: result.data.data } };
      });
    })().finally(() => {
      this.#customerLoad = undefined;
    });
    return this.#customerLoad;
  }

  /**
   * Opens a checkout session for the signed-in customer. Pass the same `idempotencyKey` when retrying
   * one purchase, so a double click or a retried request never makes two sessions.
   */
  async createCheckoutSession(body: CreateCheckoutSession, options: { idempotencyKey: string }): Promise<CheckoutSession> {
    return this.#unwrap(
      await this.#asCustomer(() =>
        this.customerApi.POST("/v1/checkout_sessions", { body, headers: { "Idempotency-Key": options.idempotencyKey } }),
      ),
    );
  }

  /** Reads a checkout session of the signed-in customer (e.g. to see it complete). */
  async getCheckoutSession(id: string): Promise<CheckoutSession> {
    return this.#unwrap(await this.#asCustomer(() => this.customerApi.GET("/v1/checkout_sessions/{id}", { params: { path: { id } } })));
  }

  async #loadState(etag: string | null): Promise<StateAnswer> {
    // A page may hand the provider its fetchSession just after our script ran: give it that turn
    // before answering "signed out", so a gate does not flash its fallback for a signed-in customer.
    if (!this.fetchSession) await new Promise((resolve) => setTimeout(resolve, 0));
    if (!(await this.#session.token())) return { status: "signed_out" };
    const result = await this.#asCustomer(() =>
      this.customerApi.GET("/v1/customer_state", { headers: etag ? { "If-None-Match": etag } : {} }),
    );
    if (result.response.status === 304) return { status: "unchanged" };
    return { status: "changed", document: this.#unwrap(result), etag: result.response.headers.get("ETag") };
  }

  /** Runs a customer call; on 401 (session revoked or expired early) mints a new session and retries once. */
  async #asCustomer<T>(call: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const first = await call().catch((error: unknown) => Promise.reject(toBillingError(error)));
    if (first.response.status !== 401) return first;
    this.#session.clear();
    return call().catch((error: unknown) => Promise.reject(toBillingError(error)));
  }

  async #track<T>(store: ReturnType<typeof atom<Loadable<T>>>, call: () => Promise<ApiResult<T>>): Promise<T> {
    if (store.get().status !== "ready") store.set({ status: "loading" });
    try {
      const data = this.#unwrap(await call());
      store.set({ status: "ready", data });
      return data;
    } catch (thrown) {
      const error = toBillingError(thrown);
      store.set({ status: "error", error });
      throw error;
    }
  }

  #unwrap<T>(result: ApiResult<T>): T {
    if (result.error === undefined && result.data !== undefined) return result.data;
    const { response } = result;
    throw new BillingApiError(
      response.status,
      envelopeOf(result.error) ?? {
        type: "api_error",
        code: `http_${response.status}`,
        message: `The BillingOS API answered ${response.status} without an error body.`,
        request_id: response.headers.get("request-id") ?? "",
      },
    );
  }
}
