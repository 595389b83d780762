import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newOrganization, type TestUser } from "../../test/fixtures";
import { completeOnboarding, platformStripe } from "../../test/stripe";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

type Account = {
  id: string;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  requirements: { currently_due: string[] };
  payout_schedule: { interval?: string };
};

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Connect Co"));
});
afterAll(() => admin.end());

const as = (path: string, options: { body?: unknown; method?: string; mode?: "test" | "live" } = {}) =>
  api<Account & { url: string; error: { code: string; param: string } }>(path, { auth: owner.token, org: orgId, ...options });

describe("Stripe Connect onboarding", () => {
  it("creates one Express account per organization and mode, idempotently", async () => {
    const first = await as("/v1/connect/account", { body: { country: "US", email: "owner@connect.test" } });
    expect(first.status).toBe(200);
    expect(first.body.id).toMatch(/^acct_/);
    expect(first.body.charges_enabled).toBe(false);
    expect(first.body.requirements.currently_due.length).toBeGreaterThan(0);
    const again = await as("/v1/connect/account", { body: { country: "US" } });
    expect(again.body.id).toBe(first.body.id);
    const stripeAccount = await platformStripe().accounts.retrieve(first.body.id);
    expect(stripeAccount.type).toBe("express");
    expect(stripeAccount.metadata?.billingos_org).toBe(orgId);
    const live = await as("/v1/connect/account", { mode: "live" });
    expect(live.status).toBe(404);
    expect(live.body.error.code).toBe("stripe_account_missing");
  });

  it("onboards through the account link and reports charges and payouts enabled", async () => {
    const link = await as("/v1/connect/onboarding_link", {
      body: { return_url: "http://127.0.0.1:8787/admin/", refresh_url: "http://127.0.0.1:8787/admin/" },
    });
    expect(link.status).toBe(200);
    await completeOnboarding(link.body.url);
    const status = await as("/v1/connect/account");
    expect(status.body).toMatchObject({ charges_enabled: true, payouts_enabled: true, requirements: { currently_due: [] } });
    const [row] = await admin`select charges_enabled from stripe_accounts where org_id = ${orgId}`;
    expect(row?.charges_enabled).toBe(true);
  });

  it("opens the Express dashboard and changes the payout schedule, with an audit entry", async () => {
    const dashboard = await as("/v1/connect/dashboard_link", { method: "POST" });
    expect(dashboard.status).toBe(200);
    expect(await (await fetch(dashboard.body.url)).text()).toMatch(/Express dashboard/);
    const schedule = await as("/v1/connect/payout_schedule", { body: { interval: "weekly", weekly_anchor: "friday" } });
    expect(schedule.status).toBe(200);
    expect(schedule.body.payout_schedule).toMatchObject({ interval: "weekly", weekly_anchor: "friday" });
    const [audit] = await admin`select action from audit_log where org_id = ${orgId} and action = 'stripe_account.payout_schedule_changed'`;
    expect(audit).toBeDefined();
  });

  it("refuses bad input with the param and changes nothing at Stripe", async () => {
    const before = await admin`select payout_schedule from stripe_accounts where org_id = ${orgId}`;
    for (const [path, body, param] of [
      ["/v1/connect/payout_schedule", { interval: "weekly" }, "weekly_anchor"],
      ["/v1/connect/payout_schedule", { interval: "hourly" }, "interval"],
      ["/v1/connect/onboarding_link", { return_url: "javascript:alert(1)", refresh_url: "https://x.test" }, "return_url"],
      ["/v1/connect/account", { country: "usa" }, "country"],
    ] as const) {
      const response = await as(path, { body });
      expect(response.status, path).toBe(400);
      expect(response.body.error.param).toBe(param);
    }
    expect(await admin`select payout_schedule from stripe_accounts where org_id = ${orgId}`).toEqual(before);
  });

  it("gives an organization without an account a clear 404", async () => {
    const other = await newOrganization("Unconnected");
    const response = await api<{ error: { code: string } }>("/v1/connect/onboarding_link", {
      auth: other.owner.token,
      org: other.orgId,
      body: { return_url: "https://a.test", refresh_url: "https://a.test" },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("stripe_account_missing");
  });
});
