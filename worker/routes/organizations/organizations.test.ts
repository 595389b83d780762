import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, adminSql, api, counts, newApiKey, newOrganization, newUser, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let a: { orgId: string; owner: TestUser };
let b: { orgId: string; owner: TestUser };

beforeAll(async () => {
  [a, b] = await Promise.all([newOrganization("Alpha"), newOrganization("Beta")]);
});
afterAll(() => admin.end());

type Org = {
  id: string;
  name: string;
  slug: string;
  role?: string;
  permissions?: string[];
  allowed_origins: string[];
  website: string | null;
};

describe("organizations", () => {
  it("makes the creator the owner and lists only my organizations", async () => {
    const mine = await api<{ data: Org[] }>("/v1/organizations", { auth: a.owner.token });
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((org) => [org.id, org.role])).toEqual([[a.orgId, "owner"]]);
    const [audit] = await admin`select action, actor_id from audit_log where org_id = ${a.orgId}`;
    expect(audit).toEqual({ action: "organization.created", actor_id: a.owner.userId });
  });

  it("tells each member what their role allows there, so the admin keeps no copy of the matrix", async () => {
    const viewer = await newUser();
    const member = await newUser();
    await addMember(admin, a.orgId, viewer, "viewer");
    await addMember(admin, b.orgId, viewer, "member");
    await addMember(admin, a.orgId, member, "member");
    const writes = (org?: Org) => org?.permissions?.filter((permission) => !permission.endsWith(":read"));
    const owners = await api<{ data: Org[] }>("/v1/organizations", { auth: a.owner.token });
    expect(writes(owners.body.data[0])).toEqual([
      "organization:write",
      "organization:delete",
      "team:write",
      "api_keys:write",
      "catalogue:write",
      "customers:write",
      "subscriptions:write",
      "usage:write",
      "webhooks:write",
    ]);
    expect(owners.body.data[0]?.permissions).toContain("audit_log:read");
    const viewers = await api<{ data: Org[] }>("/v1/organizations", { auth: viewer.token });
    const byId = new Map(viewers.body.data.map((org) => [org.id, org]));
    expect(byId.get(a.orgId)?.role).toBe("viewer");
    expect(writes(byId.get(a.orgId))).toEqual([]);
    expect(byId.get(a.orgId)?.permissions).toContain("customers:read");
    expect(writes(byId.get(b.orgId))).toEqual(["catalogue:write", "customers:write", "subscriptions:write", "usage:write"]);
    // The single organisation answers the same as the list, for the caller.
    const one = await api<Org>(`/v1/organizations/${a.orgId}`, { auth: member.token, org: a.orgId });
    expect(one.body.role).toBe("member");
    expect(writes(one.body)).toEqual(["catalogue:write", "customers:write", "subscriptions:write", "usage:write"]);
    // An API key is no person: no role, no permissions.
    const key = (await newApiKey(admin, a.orgId)).key;
    const asKey = await api<Org>(`/v1/organizations/${a.orgId}`, { auth: key });
    expect(asKey.body).not.toHaveProperty("role");
    expect(asKey.body).not.toHaveProperty("permissions");
  });

  it("retrieves and updates business details with an audit entry of the changed fields", async () => {
    const updated = await api<Org>(`/v1/organizations/${a.orgId}`, {
      auth: a.owner.token,
      org: a.orgId,
      body: { website: "https://alpha.example", allowed_origins: ["https://app.alpha.example", "http://localhost:5173"] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      website: "https://alpha.example",
      allowed_origins: ["https://app.alpha.example", "http://localhost:5173"],
    });
    const [audit] = await admin`select before, after from audit_log where org_id = ${a.orgId} and action = 'organization.updated'`;
    expect(audit?.before).toEqual({ website: null, allowed_origins: [] });
    expect(audit?.after).toMatchObject({ website: "https://alpha.example" });
  });

  it("shows every member its BillingOS tier and the transaction fee that follows from it", async () => {
    const org = await newOrganization("Tier Reader");
    const viewer = await newUser();
    await addMember(admin, org.orgId, viewer, "viewer");
    const read = () =>
      api<Org & { billing_tier: string; transaction_fee: unknown }>(`/v1/organizations/${org.orgId}`, {
        auth: viewer.token,
        org: org.orgId,
      });
    const standard = await read();
    expect(standard.status).toBe(200);
    expect(standard.body.billing_tier).toBe("standard");
    expect(standard.body.transaction_fee).toEqual({ basis_points: 50, fixed_amount: 30, currency: "usd", currency_exponent: 2 });
    // The platform's trigger is the only writer of the tier; the test's superuser stands in for it.
    await admin`update organizations set billing_tier = 'growth', default_currency = 'jpy' where id = ${org.orgId}`;
    const growth = await read();
    expect(growth.body.billing_tier).toBe("growth");
    expect(growth.body.transaction_fee).toEqual({ basis_points: 0, fixed_amount: 0, currency: "jpy", currency_exponent: 0 });
  });

  it("stores markup in names as data", async () => {
    const created = await api<Org>("/v1/organizations", { auth: (await newUser()).token, body: { name: '<script>alert("x")</script>' } });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('<script>alert("x")</script>');
  });

  it("rejects bad input with the offending param and writes nothing", async () => {
    const cases: Array<[unknown, string]> = [
      [{ name: "" }, "name"],
      [{ name: "x".repeat(201) }, "name"],
      [{ name: "ok\u0000" }, "name"],
      [{ website: "javascript:alert(1)" }, "website"],
      [{ allowed_origins: ["https://ok.example/path"] }, "allowed_origins[0]"],
      [{ default_currency: "US$" }, "default_currency"],
      [{ country: "Germany" }, "country"],
      [{ org_id: "org_other" }, "org_id"],
      [{ slug: b.owner ? "Not A Slug" : "" }, "slug"],
    ];
    const before = await counts(admin, a.orgId);
    for (const [body, param] of cases) {
      const response = await api<{ error: { param: string; type: string } }>(`/v1/organizations/${a.orgId}`, {
        auth: a.owner.token,
        org: a.orgId,
        body,
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error).toMatchObject({ type: "invalid_request_error", param });
    }
    expect(await counts(admin, a.orgId)).toEqual(before);
  });

  it("refuses a slug that is taken with 409", async () => {
    const [bRow] = await admin`select slug from organizations where id = ${b.orgId}`;
    const response = await api<{ error: { code: string; param: string } }>(`/v1/organizations/${a.orgId}`, {
      auth: a.owner.token,
      org: a.orgId,
      body: { slug: bRow?.slug },
    });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: "slug_taken", param: "slug" });
  });

  it("answers 404 for another organization's id and leaves it unchanged", async () => {
    const key = (await newApiKey(admin, a.orgId)).key;
    for (const auth of [a.owner.token, key]) {
      const org = auth === key ? undefined : a.orgId;
      expect((await api(`/v1/organizations/${b.orgId}`, { auth, org })).status).toBe(404);
      expect((await api(`/v1/organizations/${b.orgId}`, { auth, org, body: { name: "Pwned" } })).status).toBe(404);
    }
    expect(
      (await api(`/v1/organizations/${b.orgId}`, { auth: a.owner.token, org: a.orgId, method: "DELETE", body: { confirm: "x" } })).status,
    ).toBe(404);
    // Naming B's org in the header without being a member is also a 404.
    expect((await api(`/v1/organizations/${b.orgId}`, { auth: a.owner.token, org: b.orgId })).status).toBe(404);
    const [row] = await admin`select name from organizations where id = ${b.orgId}`;
    expect(row?.name).toBe("Beta");
  });

  it("deletes only with the slug repeated, and only for owners", async () => {
    const doomed = await newOrganization("Doomed");
    const [row] = await admin`select slug from organizations where id = ${doomed.orgId}`;
    const wrong = await api<{ error: { code: string } }>(`/v1/organizations/${doomed.orgId}`, {
      auth: doomed.owner.token,
      org: doomed.orgId,
      method: "DELETE",
      body: { confirm: "nope" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("confirmation_mismatch");
    const deleted = await api(`/v1/organizations/${doomed.orgId}`, {
      auth: doomed.owner.token,
      org: doomed.orgId,
      method: "DELETE",
      body: { confirm: row?.slug },
    });
    expect(deleted.status).toBe(200);
    const [gone] = await admin`select count(*)::int as n from organizations where id = ${doomed.orgId}`;
    expect(gone?.n).toBe(0);
  });
});
