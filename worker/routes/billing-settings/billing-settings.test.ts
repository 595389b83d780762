import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let secret: string;

beforeAll(async () => {
  ({ orgId } = await newOrganization("Settings Co"));
  secret = (await newApiKey(admin, orgId)).key;
});
afterAll(() => admin.end());

const written = async () => {
  const [row] = await admin<{ settings: number; audit: number }[]>`
    select (select count(*)::int from billing_settings where org_id = ${orgId}) as settings,
           (select count(*)::int from audit_log where org_id = ${orgId} and action = 'billing_settings.updated') as audit`;
  return row;
};

describe("billing settings", () => {
  it("answers the defaults until changed", async () => {
    const response = await api("/v1/billing_settings", { auth: secret });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      object: "billing_settings",
      livemode: false,
      grace_period_days: 7,
      after_failed_retries: "cancel",
      update_payment_url: null,
      paused_keeps_access: false,
    });
  });

  it.each([
    [{ grace_period_days: -1 }, "grace_period_days"],
    [{ grace_period_days: 61 }, "grace_period_days"],
    [{ grace_period_days: 2.5 }, "grace_period_days"],
    [{ grace_period_days: "7" }, "grace_period_days"],
    [{ after_failed_retries: "delete" }, "after_failed_retries"],
    [{ update_payment_url: "http://merchant.test/billing" }, "update_payment_url"],
    [{ update_payment_url: "javascript:alert(1)" }, "update_payment_url"],
    [{ update_payment_url: "https://merchant.test/a b" }, "update_payment_url"],
    [{ update_payment_url: `https://merchant.test/${"a".repeat(2048)}` }, "update_payment_url"],
    [{ paused_keeps_access: "yes" }, "paused_keeps_access"],
    [{ grace: 3 }, "grace"],
  ])("refuses %j with a 400 on %s and writes nothing", async (body, param) => {
    const before = await written();
    const response = await api<{ error: { param: string } }>("/v1/billing_settings", { auth: secret, body });
    expect(response.status).toBe(400);
    expect(response.body.error.param).toBe(param);
    expect(await written()).toEqual(before);
  });

  it("saves the given fields, keeps the others, audits the change, and keeps modes and organisations apart", async () => {
    const first = await api("/v1/billing_settings", {
      auth: secret,
      body: { grace_period_days: 3, update_payment_url: "https://merchant.test/billing" },
    });
    expect(first.status).toBe(200);
    const second = await api("/v1/billing_settings", { auth: secret, body: { after_failed_retries: "unpaid" } });
    expect(second.body).toEqual({
      object: "billing_settings",
      livemode: false,
      grace_period_days: 3,
      after_failed_retries: "unpaid",
      update_payment_url: "https://merchant.test/billing",
      paused_keeps_access: false,
    });
    expect(await written()).toEqual({ settings: 1, audit: 2 });
    const [audit] = await admin`select before, after, actor_type from audit_log
      where org_id = ${orgId} and action = 'billing_settings.updated' order by created desc limit 1`;
    expect(audit).toMatchObject({
      actor_type: "api_key",
      before: { after_failed_retries: "cancel" },
      after: { after_failed_retries: "unpaid" },
    });
    const cleared = await api("/v1/billing_settings", { auth: secret, body: { update_payment_url: null } });
    expect(cleared.body).toMatchObject({ update_payment_url: null, grace_period_days: 3 });

    const live = await api("/v1/billing_settings", { auth: (await newApiKey(admin, orgId, { livemode: true })).key });
    expect(live.body).toMatchObject({ livemode: true, grace_period_days: 7, after_failed_retries: "cancel" });
    const other = await newOrganization("Other Settings Co");
    const elsewhere = await api("/v1/billing_settings", { auth: (await newApiKey(admin, other.orgId)).key });
    expect(elsewhere.body).toMatchObject({ grace_period_days: 7, after_failed_retries: "cancel" });
  });
});
