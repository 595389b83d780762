import { afterAll, describe, expect, it } from "vitest";
import { billingOrganization } from "../../test/billing-fixtures";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser } from "../../test/fixtures";
import { completeOnboarding, deliver, platformStripe } from "../../test/stripe";

const admin = adminSql();
afterAll(() => admin.end());

interface Onboarding {
  object: string;
  steps: {
    connect_stripe: { done: boolean; account: string | null; charges_enabled: boolean };
    create_product: { done: boolean };
    embed_snippet: { done: boolean; first_used: number | null; origin: string | null };
    go_live: { done: boolean; charges_enabled: boolean; live_api_key: boolean };
  };
  completed: boolean;
  error: { code: string };
}

const onboarding = (org: { orgId: string }, token: string) =>
  api<Onboarding>("/v1/organization/onboarding", { auth: token, org: org.orgId });

describe("GET /v1/organization/onboarding", () => {
  it("starts with nothing done", async () => {
    const org = await newOrganization("Fresh Co");
    const state = await onboarding(org, org.owner.token);
    expect(state.status).toBe(200);
    expect(state.body).toEqual({
      object: "organization_onboarding",
      steps: {
        connect_stripe: { done: false, account: null, charges_enabled: false },
        create_product: { done: false },
        embed_snippet: { done: false, first_used: null, origin: null },
        go_live: { done: false, charges_enabled: false, live_api_key: false },
      },
      completed: false,
    });
  });

  it("ticks each step from real state: Stripe, a product, the embed used from a browser, then live mode", async () => {
    const org = await billingOrganization("Checklist Co");
    const other = await billingOrganization("Bystander Co");
    const asOwner = { auth: org.owner.token, org: org.orgId };
    let state = (await onboarding(org, org.owner.token)).body;
    expect(state.steps.connect_stripe).toEqual({ done: true, account: org.account, charges_enabled: true });
    expect(state.steps.create_product.done).toBe(false);

    await org.as("/v1/products", { body: { name: "Pro" } });
    expect((await onboarding(org, org.owner.token)).body.steps.create_product.done).toBe(true);

    // The embed: only a browser request (with Origin) with a publishable key from an allowed origin counts.
    await api(`/v1/organizations/${org.orgId}`, {
      ...asOwner,
      body: { allowed_origins: ["https://shop.example", "https://www.shop.example"] },
    });
    const publishable = (await newApiKey(admin, org.orgId, { type: "publishable" })).key;
    expect((await api("/v1/pricing", { auth: publishable })).status).toBe(200);
    expect((await api("/v1/pricing", { auth: publishable, headers: { Origin: "https://evil.example" } })).status).toBe(403);
    expect((await api("/v1/pricing", { auth: publishable, headers: { Origin: "http://billingos.test" } })).status).toBe(200);
    expect((await api("/v1/pricing", { auth: org.secretKey })).status).toBe(403);
    expect((await onboarding(org, org.owner.token)).body.steps.embed_snippet).toEqual({ done: false, first_used: null, origin: null });
    const before = Math.floor(Date.now() / 1000);
    expect((await api("/v1/pricing", { auth: publishable, headers: { Origin: "https://shop.example" } })).status).toBe(200);
    await api("/v1/pricing", { auth: publishable, headers: { Origin: "https://www.shop.example" } });
    state = (await onboarding(org, org.owner.token)).body;
    expect(state.steps.embed_snippet).toEqual({ done: true, first_used: expect.any(Number), origin: "https://shop.example" });
    expect(state.steps.embed_snippet.first_used).toBeGreaterThanOrEqual(before);
    expect((await onboarding(other, other.owner.token)).body.steps.embed_snippet.done).toBe(false);
    expect(state.completed).toBe(false);

    // Live: a live Connect account that can take charges, and a live secret key.
    const live = await api<{ id: string }>("/v1/connect/account", { ...asOwner, mode: "live", body: { country: "US" } });
    expect(live.status).toBe(200);
    const link = await api<{ url: string }>("/v1/connect/onboarding_link", {
      ...asOwner,
      mode: "live",
      body: { return_url: "https://merchant.test/done", refresh_url: "https://merchant.test/again" },
    });
    await completeOnboarding(link.body.url);
    for await (const event of platformStripe(true).events.list({ limit: 100 }, { stripeAccount: live.body.id })) await deliver(event);
    state = (await onboarding(org, org.owner.token)).body;
    expect(state.steps.go_live).toEqual({ done: false, charges_enabled: true, live_api_key: false });
    const liveKey = await newApiKey(admin, org.orgId, { livemode: true });
    expect((await onboarding(org, org.owner.token)).body.steps.go_live.done).toBe(true);
    await admin`update api_keys set revoked_at = now() where id = ${liveKey.id}`;
    expect((await onboarding(org, org.owner.token)).body.steps.go_live.done).toBe(false);
    await newApiKey(admin, org.orgId, { livemode: true, type: "restricted", scopes: { customers: "read" } });
    state = (await onboarding(org, org.owner.token)).body;
    expect(state.steps.go_live.done).toBe(true);
    expect(state.completed).toBe(true);
    expect((await onboarding(other, other.owner.token)).body.completed).toBe(false);
  });

  it("is read by every member, not by API keys or strangers", async () => {
    const org = await billingOrganization("Readers Co");
    const viewer = await newUser();
    await addMember(admin, org.orgId, viewer, "viewer");
    expect((await onboarding(org, viewer.token)).status).toBe(200);
    expect((await api("/v1/organization/onboarding", { auth: org.secretKey })).status).toBe(403);
    const stranger = await newUser();
    // Not a member: the organisation is not even confirmed to exist.
    expect((await onboarding(org, stranger.token)).status).toBe(404);
    expect((await api("/v1/organization/onboarding")).status).toBe(401);
  });

  it("refuses unknown parameters", async () => {
    const org = await newOrganization("Params Co");
    const refused = await api<{ error: { code: string; param: string } }>("/v1/organization/onboarding?mode=live", {
      auth: org.owner.token,
      org: org.orgId,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.param).toBe("mode");
  });
});
