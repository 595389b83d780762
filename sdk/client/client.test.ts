import { expect, waitUntil } from "@open-wc/testing";
import { fakeApi } from "../fixtures/fake-api";
import { emptyPricing, standardPricing } from "../fixtures/pricing";
import { BillingClient } from "./client";
import { BillingApiError, BillingNetworkError, BillingSessionError } from "./errors";

const KEY = "pk_test_client";
const now = () => Math.floor(Date.now() / 1000);

describe("BillingClient", () => {
  it("refuses a secret key in the browser", () => {
    expect(() => new BillingClient({ publishableKey: "sk_test_oops" })).to.throw(TypeError, /publishable key/);
  });

  it("loads the pricing document once for concurrent callers, with the publishable key", async () => {
    const api = fakeApi({ pricing: standardPricing });
    const client = new BillingClient({ publishableKey: KEY, apiBase: "https://api.example", fetch: api.fetch });
    const [a, b] = await Promise.all([client.loadPricing(), client.loadPricing()]);
    expect(a).to.deep.equal(standardPricing);
    expect(b).to.equal(a);
    await client.loadPricing();
    expect(api.requests).to.have.length(1);
    expect(api.requests[0]?.url).to.equal("https://api.example/v1/pricing");
    expect(api.requests[0]?.headers.get("authorization")).to.equal(`Bearer ${KEY}`);
    expect(client.$pricing.get()).to.deep.equal({ status: "ready", data: standardPricing });
    await client.loadPricing({ force: true });
    expect(api.requests).to.have.length(2);
  });

  it("surfaces the API's error envelope, typed", async () => {
    const api = fakeApi({ pricingError: { status: 403, code: "origin_not_allowed", message: "This origin is not allowed." } });
    const client = new BillingClient({ publishableKey: KEY, fetch: api.fetch });
    const error = await client.loadPricing().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BillingApiError);
    expect((error as BillingApiError).status).to.equal(403);
    expect((error as BillingApiError).error).to.deep.equal({
      type: "invalid_request_error",
      code: "origin_not_allowed",
      message: "This origin is not allowed.",
      request_id: "req_test",
    });
    expect(client.$pricing.get()).to.deep.equal({ status: "error", error });
  });

  it("reports an unreachable API as a network error", async () => {
    const client = new BillingClient({ publishableKey: KEY, fetch: fakeApi({ offline: true }).fetch });
    const error = await client.loadPricing().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BillingNetworkError);
    expect(client.$pricing.get().status).to.equal("error");
  });

  it("stays anonymous without fetchSession and loads no customer", async () => {
    const api = fakeApi({ pricing: emptyPricing });
    const client = new BillingClient({ publishableKey: KEY, fetch: api.fetch });
    expect(await client.loadCustomer()).to.equal(null);
    expect(client.$customer.get()).to.deep.equal({ status: "idle" });
    expect(api.requests).to.have.length(0);
  });

  it("refuses a customer call without a signed-in customer, sending nothing", async () => {
    const api = fakeApi({});
    const client = new BillingClient({ publishableKey: KEY, fetch: api.fetch, fetchSession: async () => null });
    const error = await client.createCheckoutSession({ price: "price_x" }, { idempotencyKey: "k" }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BillingSessionError);
    expect((error as BillingSessionError).code).to.equal("customer_session_required");
    expect(api.requests).to.have.length(0);
  });
});

describe("customer sessions", () => {
  const TOKEN = "cs_test_secret_token_value";

  it("sends the session only in the Authorization header and mints once for concurrent calls", async () => {
    const api = fakeApi({ subscriptions: [] });
    let minted = 0;
    const client = new BillingClient({
      publishableKey: KEY,
      fetch: api.fetch,
      fetchSession: async () => {
        minted += 1;
        return { token: TOKEN, expires_at: now() + 900, customer: "cus_1" };
      },
    });
    await Promise.all([client.loadCustomer(), client.loadCustomer({ force: true })]);
    expect(minted).to.equal(1);
    expect(client.$session.get()).to.deep.include({ status: "active", customer: "cus_1" });
    expect(JSON.stringify(client.$session.get())).not.to.contain(TOKEN);
    for (const request of api.requests) {
      expect(request.url).not.to.contain(TOKEN);
      expect(request.headers.get("authorization")).to.equal(`Bearer ${TOKEN}`);
    }
  });

  it("re-mints the session before it expires", async () => {
    const mints: { at: number; expires: number }[] = [];
    const client = new BillingClient({
      publishableKey: KEY,
      fetch: fakeApi({}).fetch,
      fetchSession: async () => {
        const grant = { token: `${TOKEN}_${mints.length}`, expires_at: now() + 4 };
        mints.push({ at: Date.now(), expires: grant.expires_at * 1000 });
        return grant;
      },
    });
    await client.hasCustomer();
    expect(mints).to.have.length(1);
    // 20 % of a 4-second lifetime ahead of expiry: the second mint comes before the first token dies.
    await waitUntil(() => mints.length === 2, "no second mint", { timeout: 8000 });
    const [first, second] = mints;
    expect(second?.at).to.be.below(first?.expires ?? 0);
    // expires_at is whole seconds, so the lifetime is 3 to 4 s: the re-mint comes at 80 % of what it really was.
    const lifetime = (first?.expires ?? 0) - (first?.at ?? 0);
    expect(second?.at).to.be.above((first?.at ?? 0) + lifetime * 0.8 - 100);
  });

  it("mints a new session and retries once when the API answers 401", async () => {
    const api = fakeApi({ subscriptions: [] });
    let calls = 0;
    const fetch: typeof window.fetch = async (input, init) => {
      calls += 1;
      if (calls === 1)
        return new Response(
          JSON.stringify({ error: { type: "authentication_error", code: "session_expired", message: "Expired.", request_id: "r" } }),
          { status: 401 },
        );
      return api.fetch(input, init);
    };
    let minted = 0;
    const client = new BillingClient({
      publishableKey: KEY,
      fetch,
      fetchSession: async () => ({ token: `${TOKEN}_${++minted}`, expires_at: now() + 900 }),
    });
    expect(await client.loadCustomer()).to.deep.equal({ subscriptions: [] });
    expect(minted).to.equal(2);
    expect(api.requests[0]?.headers.get("authorization")).to.equal(`Bearer ${TOKEN}_2`);
  });

  it("never writes the session to storage, cookies, the URL or the console", async () => {
    const logged: unknown[] = [];
    const methods = ["log", "info", "warn", "error", "debug"] as const;
    const originals = methods.map((method) => console[method]);
    for (const method of methods) console[method] = (...args: unknown[]) => void logged.push(...args);
    try {
      const client = new BillingClient({
        publishableKey: KEY,
        fetch: fakeApi({ subscriptions: [] }).fetch,
        fetchSession: async () => ({ token: TOKEN, expires_at: now() + 900 }),
      });
      await client.loadCustomer();
      await client.createCheckoutSession({ price: "price_x" }, { idempotencyKey: "k1" }).catch(() => {});
    } finally {
      methods.forEach((method, index) => {
        console[method] = originals[index] as (typeof console)[typeof method];
      });
    }
    const stored = [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`));
    expect(stored.join(" ")).not.to.contain(TOKEN);
    expect(document.cookie).not.to.contain(TOKEN);
    expect(location.href).not.to.contain(TOKEN);
    expect(JSON.stringify(logged.map(String))).not.to.contain(TOKEN);
  });
});
