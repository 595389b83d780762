import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, counts, newApiKey, newOrganization, type TestUser } from "../../test/fixtures";
import { completeOnboarding, platformStripe } from "../../test/stripe";

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let key: string;

type Customer = {
  id: string;
  email: string | null;
  name: string | null;
  external_id: string | null;
  metadata: Record<string, string>;
  stripe_customer_id: string | null;
};
type Err = { error: { code: string; param: string } };

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Customers Co"));
  key = (await newApiKey(admin, orgId)).key;
});
afterAll(() => admin.end());

describe("customers", () => {
  it("creates, retrieves, updates (merging metadata) and soft-deletes", async () => {
    const created = await api<Customer>("/v1/customers", {
      auth: key,
      body: { email: "ada@example.test", name: "Ada", metadata: { plan: "pro" } },
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^cus_/);
    const updated = await api<Customer>(`/v1/customers/${created.body.id}`, {
      auth: key,
      body: { name: "Ada L.", metadata: { seats: "3" } },
    });
    expect(updated.body).toMatchObject({ name: "Ada L.", metadata: { plan: "pro", seats: "3" } });
    const deleted = await api(`/v1/customers/${created.body.id}`, { auth: key, method: "DELETE" });
    expect(deleted.status).toBe(200);
    expect((await api(`/v1/customers/${created.body.id}`, { auth: key })).status).toBe(404);
    const [row] = await admin`select deleted_at from customers where id = ${created.body.id}`;
    expect(row?.deleted_at).toBeInstanceOf(Date);
  });

  it("upserts by external_id atomically under concurrency", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api<Customer>("/v1/customers/upsert", { auth: key, body: { external_id: "user_42", email: `v${index}@example.test` } }),
      ),
    );
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    const [row] = await admin`select count(*)::int as n from customers where org_id = ${orgId} and external_id = 'user_42'`;
    expect(row?.n).toBe(1);
    const duplicate = await api<Err>("/v1/customers", { auth: key, body: { external_id: "user_42" } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ code: "external_id_taken", param: "external_id" });
  });

  it("searches by e-mail, name and external id, paginated", async () => {
    for (const name of ["Grace Hopper", "Grace Kelly", "Alan Turing"]) {
      await api("/v1/customers", { auth: key, body: { name, email: `${name.split(" ")[1]?.toLowerCase()}@search.test` } });
    }
    const grace = await api<{ data: Customer[]; has_more: boolean }>("/v1/customers?search=grace&limit=1", { auth: key });
    expect(grace.body.data).toHaveLength(1);
    expect(grace.body.has_more).toBe(true);
    const next = await api<{ data: Customer[] }>(`/v1/customers?search=grace&starting_after=${grace.body.data[0]?.id}`, { auth: key });
    expect([...grace.body.data, ...next.body.data].map((customer) => customer.name).sort()).toEqual(["Grace Hopper", "Grace Kelly"]);
    const byEmail = await api<{ data: Customer[] }>("/v1/customers?email=TURING@search.test", { auth: owner.token, org: orgId });
    expect(byEmail.body.data.map((customer) => customer.name)).toEqual(["Alan Turing"]);
    const percent = await api<{ data: Customer[] }>("/v1/customers?search=%25", { auth: key });
    expect(percent.body.data).toEqual([]);
  });

  it("refuses bad input with the param and writes nothing", async () => {
    const before = await counts(admin, orgId);
    const [customersBefore] = await admin`select count(*)::int as n from customers where org_id = ${orgId}`;
    const cases: Array<[unknown, string]> = [
      [{ email: "not-an-email" }, "email"],
      [{ name: "x".repeat(257) }, "name"],
      [{ metadata: { ["k".repeat(41)]: "v" } }, "metadata"],
      [{ metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) }, "metadata"],
      [{ metadata: { note: "x".repeat(501) } }, "metadata"],
      [{ livemode: true }, "livemode"],
      [{ org_id: "org_other" }, "org_id"],
    ];
    for (const [body, param] of cases) {
      const response = await api<Err>("/v1/customers", { auth: key, body });
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(response.body.error.param.startsWith(param)).toBe(true);
    }
    expect(await counts(admin, orgId)).toEqual(before);
    const [customersAfter] = await admin`select count(*)::int as n from customers where org_id = ${orgId}`;
    expect(customersAfter?.n).toBe(customersBefore?.n);
  });

  it("mirrors customers to the connected account once it exists", async () => {
    const org = await newOrganization("Mirrored Co");
    const as = { auth: org.owner.token, org: org.orgId };
    await api("/v1/connect/account", { ...as, body: { country: "US" } });
    const link = await api<{ url: string }>("/v1/connect/onboarding_link", {
      ...as,
      body: { return_url: "https://a.test", refresh_url: "https://a.test" },
    });
    await completeOnboarding(link.body.url);
    const created = await api<Customer>("/v1/customers", { ...as, body: { email: "mirror@example.test" } });
    expect(created.body.stripe_customer_id).toMatch(/^cus_/);
    const [account] = await admin`select stripe_account_id from stripe_accounts where org_id = ${org.orgId}`;
    const stripeCustomer = await platformStripe().customers.retrieve(
      created.body.stripe_customer_id as string,
      {},
      { stripeAccount: account?.stripe_account_id },
    );
    expect(stripeCustomer).toMatchObject({ email: "mirror@example.test", metadata: { billingos_customer: created.body.id } });
  });

  it("answers 404 for another organization's or mode's customer and leaves it unchanged", async () => {
    const other = await newOrganization("Other Customers");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const theirs = await api<Customer>("/v1/customers", { auth: otherKey, body: { name: "Theirs" } });
    expect((await api(`/v1/customers/${theirs.body.id}`, { auth: key })).status).toBe(404);
    expect((await api(`/v1/customers/${theirs.body.id}`, { auth: key, body: { name: "Pwned" } })).status).toBe(404);
    expect((await api(`/v1/customers/${theirs.body.id}`, { auth: key, method: "DELETE" })).status).toBe(404);
    const list = await api<{ data: Customer[] }>("/v1/customers?limit=100", { auth: key });
    expect(list.body.data.some((customer) => customer.id === theirs.body.id)).toBe(false);
    const liveKey = (await newApiKey(admin, other.orgId, { livemode: true })).key;
    expect((await api(`/v1/customers/${theirs.body.id}`, { auth: liveKey })).status).toBe(404);
    const [row] = await admin`select name, deleted_at from customers where id = ${theirs.body.id}`;
    expect(row).toEqual({ name: "Theirs", deleted_at: null });
  });
});
