import { expect, waitUntil } from "@open-wc/testing";
import { entitlement, fakeStateApi, proState, quota, stateDocument } from "../fixtures/customer-state";
import { BillingClient } from "./client";
import { decideEntitlement } from "./entitlement-decision";

const now = () => Math.floor(Date.now() / 1000);
const session = async () => ({ token: "cs_test_state", expires_at: now() + 900, customer: "cus_1" });

function setup(options: { signedIn?: boolean } = {}) {
  const api = fakeStateApi(proState());
  const client = new BillingClient({
    publishableKey: "pk_test_state",
    fetch: api.fetch,
    ...(options.signedIn === false ? {} : { fetchSession: session }),
  });
  return { api, client };
}
const ready = (client: BillingClient) => waitUntil(() => client.$customerState.get().status === "ready", "the state never loaded");

describe("customer state", () => {
  it("is fetched once for every subscriber on the page, as the customer, and answers decisions without a request", async () => {
    const { api, client } = setup();
    const offs = Array.from({ length: 25 }, () => client.$customerState.listen(() => {}));
    await ready(client);
    expect(api.requests).to.have.length(1);
    expect(api.requests[0]?.headers.get("authorization")).to.equal("Bearer cs_test_state");
    for (let i = 0; i < 1000; i++) client.entitlement("sso");
    expect(client.entitlement("sso")).to.include({ allowed: true, reason: "granted" });
    expect(client.entitlement("api_calls", 9000)).to.include({ allowed: false, reason: "limit_reached" });
    expect(api.requests).to.have.length(1);
    for (const off of offs) off();
  });

  it("is never fetched on a page where nothing subscribes (e.g. only a pricing table), even through a 401 and re-mint", async () => {
    const { api, client } = setup();
    await client.hasCustomer();
    await client.loadCustomer({ force: true }).catch(() => {});
    expect(client.entitlement("sso")).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests).to.have.length(0);
  });

  it("polls with If-None-Match: a 304 keeps the same state, a change replaces it", async () => {
    const { api, client } = setup();
    const off = client.$customerState.listen(() => {});
    await ready(client);
    const first = client.$customerState.get();
    await client.refreshCustomerState();
    expect(api.requests[1]?.headers.get("if-none-match")).to.equal('"v1"');
    expect(client.$customerState.get()).to.equal(first);
    api.set(stateDocument([]));
    await client.refreshCustomerState();
    expect(api.requests[2]?.headers.get("if-none-match")).to.equal('"v1"');
    expect(client.entitlement("sso")).to.include({ allowed: false, reason: "not_in_plan" });
    off();
  });

  it("polls on its own at the page's interval while subscribed, and stops when nobody listens", async () => {
    const { api, client } = setup();
    client.customerStatePollInterval = 5;
    const off = client.$customerState.listen(() => {});
    await ready(client);
    api.set(stateDocument([quota("api_calls", 9500, 10_000)]));
    await waitUntil(() => api.requests.length === 2, "no poll within the interval", { timeout: 7000, interval: 100 });
    await waitUntil(() => client.entitlement("api_calls", 600)?.allowed === false, "the poll's answer was not applied");
    off();
    // nanostores unmounts a second after the last listener leaves.
    await new Promise((resolve) => setTimeout(resolve, 6500));
    expect(api.requests).to.have.length(2);
  }).timeout(20000);

  it("refreshes at once after an action the customer takes on the page", async () => {
    const { api, client } = setup();
    const off = client.$customerState.listen(() => {});
    await ready(client);
    api.set(stateDocument([entitlement("audit_log")]));
    await client.customerApi.POST("/v1/checkout_sessions", { body: { price: "price_1" }, headers: { "Idempotency-Key": "k1" } });
    await waitUntil(() => client.entitlement("audit_log")?.allowed === true, "no refresh after the purchase");
    expect(api.requests).to.have.length(2);
    off();
  });

  it("follows up quickly after an action whose effect the API learns a moment later (a webhook)", async () => {
    const { api, client } = setup();
    const off = client.$customerState.listen(() => {});
    await ready(client);
    await client.customerApi.POST("/v1/checkout_sessions", { body: { price: "price_1" }, headers: { "Idempotency-Key": "k2" } });
    await waitUntil(() => api.requests.length === 2, "no refresh after the action");
    // The webhook lands after the immediate refresh: the follow-up 2 s later sees it, long before the 60 s poll.
    api.set(stateDocument([entitlement("audit_log")]));
    await waitUntil(() => client.entitlement("audit_log")?.allowed === true, "no follow-up", { timeout: 4000, interval: 100 });
    expect(api.requests).to.have.length(3);
    off();
  });

  it("keeps following up when the first change after an action is only part of its effect (webhooks land one by one)", async () => {
    const { api, client } = setup();
    const off = client.$customerState.listen(() => {});
    await ready(client);
    // The first webhook (the subscription, not yet paid) changes the state without granting anything yet.
    api.set(stateDocument([]));
    await client.customerApi.POST("/v1/checkout_sessions", { body: { price: "price_1" }, headers: { "Idempotency-Key": "k3" } });
    await waitUntil(() => client.entitlement("sso")?.reason === "not_in_plan", "no refresh after the action");
    // The payment's webhook lands next: a follow-up sees it, rather than the 60 s poll.
    api.set(stateDocument([entitlement("audit_log")]));
    await waitUntil(() => client.entitlement("audit_log")?.allowed === true, "the follow-ups stopped at the first change", {
      timeout: 5000,
      interval: 100,
    });
    off();
  }).timeout(10000);

  it("answers signed out (ready, null) without a customer session, sending nothing", async () => {
    const { api, client } = setup({ signedIn: false });
    const off = client.$customerState.listen(() => {});
    await ready(client);
    expect(client.$customerState.get()).to.deep.equal({ status: "ready", data: null });
    expect(client.entitlement("sso")).to.include({ allowed: false, reason: "signed_out" });
    expect(api.requests).to.have.length(0);
    off();
  });

  it("follows a sign-in and a sign-out after the page loaded", async () => {
    const { api, client } = setup({ signedIn: false });
    const off = client.$customerState.listen(() => {});
    await ready(client);
    expect(client.entitlement("sso")?.reason).to.equal("signed_out");
    client.fetchSession = session;
    await waitUntil(() => client.entitlement("sso")?.allowed === true, "the state did not follow the sign-in");
    expect(api.requests).to.have.length(1);
    client.fetchSession = undefined;
    await waitUntil(() => client.entitlement("sso")?.reason === "signed_out", "the state did not follow the sign-out");
    expect(api.requests).to.have.length(1);
    off();
  });

  it("keeps the last good state when a poll fails, and reports an error when there is none", async () => {
    const { api, client } = setup();
    const off = client.$customerState.listen(() => {});
    await ready(client);
    api.fail("offline");
    await client.refreshCustomerState();
    expect(client.entitlement("sso")?.allowed).to.equal(true);
    off();
    const second = setup();
    second.api.fail({ status: 500, code: "api_error" });
    const off2 = second.client.$customerState.listen(() => {});
    await waitUntil(() => second.client.$customerState.get().status === "error", "no error state");
    off2();
  });
});

describe("decideEntitlement", () => {
  const at = now();
  it("passes booleans and unlimited grants, and quotas while used + required fits", () => {
    const state = stateDocument([entitlement("sso"), quota("calls", 99, 100), quota("unl", 10 ** 9, "unlimited")]);
    expect(decideEntitlement(state, "sso", 1, at).reason).to.equal("granted");
    expect(decideEntitlement(state, "unl", 1, at).reason).to.equal("unlimited");
    expect(decideEntitlement(state, "calls", 1, at).allowed).to.equal(true);
    expect(decideEntitlement(state, "calls", 2, at)).to.include({ allowed: false, reason: "limit_reached" });
    expect(decideEntitlement(state, "nope", 1, at)).to.include({ allowed: false, reason: "not_in_plan" });
    expect(decideEntitlement(null, "sso", 1, at)).to.include({ allowed: false, reason: "signed_out" });
  });

  it("lets a soft quota (priced overage) pass its quota, as the server does", () => {
    const state = stateDocument([quota("calls", 150, 100, { overage_unit_amounts: { usd: 2 } })]);
    expect(decideEntitlement(state, "calls", 1, at)).to.include({ allowed: true, reason: "overage" });
  });

  it("starts a new period at 0 once resets_at has passed, and drops a grace period that has ended", () => {
    const state = stateDocument([
      quota("calls", 100, 100, { resets_at: at - 1 }),
      entitlement("sso", { grace_until: at + 60 }),
      entitlement("old", { grace_until: at - 1 }),
    ]);
    expect(decideEntitlement(state, "calls", 1, at).allowed).to.equal(true);
    expect(decideEntitlement(state, "sso", 1, at)).to.include({ allowed: true, reason: "grace_period" });
    expect(decideEntitlement(state, "old", 1, at)).to.include({ allowed: false, reason: "not_in_plan" });
  });
});
