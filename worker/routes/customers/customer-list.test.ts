import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCustomers, insertSubscription, twoPlans } from "../../test/admin-list-fixtures";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser } from "../../test/fixtures";
import { orgRows } from "../../test/org-rows";

const admin = adminSql();
let orgId: string;
let key: string;
type List = { data: { id: string; name: string | null; email: string | null }[]; has_more: boolean };
type Err = { error: { code: string; param: string } };
const T0 = 1_780_000_000;

beforeAll(async () => {
  ({ orgId } = await newOrganization("Customer Lists"));
  key = (await newApiKey(admin, orgId)).key;
});
afterAll(() => admin.end());

const ids = async (query: string, auth = key) => {
  const response = await api<List>(`/v1/customers?${query}`, { auth });
  expect(response.status, query).toBe(200);
  return response.body.data.map((customer) => customer.id);
};

/** Every id of a list, following `starting_after` page by page. */
async function walk(query: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  for (let page = 0; page < 50; page++) {
    const after = seen.length ? `&starting_after=${seen.at(-1)}` : "";
    const { body } = await api<List>(`/v1/customers?${query}&limit=${limit}${after}`, { auth: key });
    seen.push(...body.data.map((customer) => customer.id));
    if (!body.has_more) return seen;
  }
  throw new Error("did not end");
}

describe("customer list filters", () => {
  it("narrows by subscription status, product, price and creation time", async () => {
    const plans = await twoPlans(admin, key);
    const [active, pastDue, canceled, none, both] = (await insertCustomers(admin, orgId, [
      { name: "Active Pro", created: T0 },
      { name: "Past due Basic", created: T0 + 10 },
      { name: "Canceled Pro", created: T0 + 20 },
      { name: "No subscription", created: T0 + 30 },
      { name: "Basic active, Pro canceled", created: T0 + 40 },
    ])) as [string, string, string, string, string];
    await insertSubscription(admin, orgId, { customer: active, status: "active", stripePrice: plans.pro.monthly.stripeId });
    await insertSubscription(admin, orgId, { customer: pastDue, status: "past_due", stripePrice: plans.basic.monthly.stripeId });
    await insertSubscription(admin, orgId, { customer: canceled, status: "canceled", stripePrice: plans.pro.large.stripeId });
    await insertSubscription(admin, orgId, { customer: both, status: "active", stripePrice: plans.basic.monthly.stripeId });
    await insertSubscription(admin, orgId, { customer: both, status: "canceled", stripePrice: plans.pro.monthly.stripeId });
    const range = `created[gte]=${T0}&created[lte]=${T0 + 40}`;

    expect(await ids(`${range}&status=active`)).toEqual([both, active]);
    expect(await ids(`${range}&status=past_due`)).toEqual([pastDue]);
    expect(await ids(`${range}&product=${plans.pro.id}`)).toEqual([both, canceled, active]);
    expect(await ids(`${range}&price=${plans.pro.large.id}`)).toEqual([canceled]);
    // Status and plan hold for one and the same subscription: `both` is active on Basic, not on Pro.
    expect(await ids(`${range}&status=active&product=${plans.pro.id}`)).toEqual([active]);
    expect(await ids(`${range}&status=canceled&product=${plans.pro.id}`)).toEqual([both, canceled]);
    expect(await ids(`created[gte]=${T0 + 10}&created[lte]=${T0 + 30}`)).toEqual([none, canceled, pastDue]);
    expect(await ids(`${range}&status=unpaid`)).toEqual([]);
    expect(await ids(`${range}&product=prod_unknown`)).toEqual([]);
  });

  it("sorts by name, e-mail and creation both ways, and pages through ties without skipping or repeating", async () => {
    const org = await newOrganization("Sorted");
    const sortedKey = (await newApiKey(admin, org.orgId)).key;
    // Five share a name and a creation second, so only the id splits them.
    const seeds: { name: string | null; email: string | null; created: number }[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ name: "Same Name", email: `same${i}@x.test`, created: T0 })),
      { name: "alice", email: "Zed@x.test", created: T0 + 1 },
      { name: "Bob", email: "amy@x.test", created: T0 + 2 },
      { name: null, email: null, created: T0 + 3 },
    ];
    const created = await insertCustomers(admin, org.orgId, seeds);
    const rows = created.map((id, i) => ({ id, ...(seeds[i] as (typeof seeds)[number]) }));
    const lower = (text: string | null | undefined) => (text ?? "").toLowerCase();
    const by = (field: "name" | "email") =>
      [...rows]
        .sort((a, b) => (lower(a[field]) < lower(b[field]) ? -1 : lower(a[field]) > lower(b[field]) ? 1 : a.id < b.id ? -1 : 1))
        .map((row) => row.id);
    const byCreated = [...rows].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1)).map((row) => row.id);
    const walkAs = async (query: string, limit: number) => {
      const seen: string[] = [];
      for (;;) {
        const after = seen.length ? `&starting_after=${seen.at(-1)}` : "";
        const { body } = await api<List>(`/v1/customers?${query}&limit=${limit}${after}`, { auth: sortedKey });
        seen.push(...body.data.map((customer) => customer.id));
        if (!body.has_more) return seen;
      }
    };
    for (const limit of [1, 2, 3]) {
      expect(await walkAs("sort=name", limit)).toEqual(by("name"));
      expect(await walkAs("sort=name&order=desc", limit)).toEqual(by("name").reverse());
      expect(await walkAs("sort=email", limit)).toEqual(by("email"));
      expect(await walkAs("sort=email&order=desc", limit)).toEqual(by("email").reverse());
      expect(await walkAs("sort=created&order=asc", limit)).toEqual(byCreated);
      expect(await walkAs("", limit)).toEqual([...byCreated].reverse());
    }
    // ending_before walks back in the same order: the page just before the fourth row by name.
    const names = by("name");
    const back = await api<List>(`/v1/customers?sort=name&limit=2&ending_before=${names[3]}`, { auth: sortedKey });
    expect(back.body.data.map((customer) => customer.id)).toEqual(names.slice(1, 3));
    expect(back.body.has_more).toBe(true);
  });

  it("answers broad and narrow searches alike: every match, in order, page by page", async () => {
    const org = await newOrganization("Searched");
    const searchKey = (await newApiKey(admin, org.orgId)).key;
    // 700 share "common" (broad: more than the 500 the trigram path returns), 3 are rare.
    await admin`insert into customers (id, org_id, livemode, name, email, created)
                select 'cus_srch' || lpad(n::text, 4, '0'), ${org.orgId}, false,
                       case when n % 250 = 0 then 'Rare Bird ' || n else 'Common Person ' || (n % 7) end,
                       'p' || n || '@example.test', to_timestamp(${T0} + n)
                from generate_series(1, 750) n`;
    const walkSearch = async (query: string, limit: number) => {
      const seen: string[] = [];
      for (;;) {
        const after = seen.length ? `&starting_after=${seen.at(-1)}` : "";
        const { body, status } = await api<List>(`/v1/customers?${query}&limit=${limit}${after}`, { auth: searchKey });
        expect(status).toBe(200);
        seen.push(...body.data.map((customer) => customer.id));
        if (!body.has_more) return seen;
      }
    };
    const id = (n: number) => `cus_srch${String(n).padStart(4, "0")}`;
    const all = Array.from({ length: 750 }, (_, i) => i + 1);
    const common = all.filter((n) => n % 250 !== 0);
    expect(await walkSearch("search=common%20person", 100)).toEqual(common.reverse().map(id));
    const byName = common
      .map((n) => ({ id: id(n), key: `common person ${n % 7}` }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
      .map((row) => row.id);
    expect(await walkSearch("search=COMMON&sort=name", 100)).toEqual([...byName]);
    expect(await walkSearch("search=rare%20bird&sort=created&order=asc", 2)).toEqual([250, 500, 750].map(id));
    expect(await walkSearch("search=p500%40", 10)).toEqual([id(500)]);
  });

  it("refuses bad filters with their param and writes nothing", async () => {
    const before = await orgRows(admin, orgId);
    const cases: Array<[string, string]> = [
      ["status=bogus", "status"],
      ["product=price_123", "product"],
      ["price=prod_123", "price"],
      ["sort=updated", "sort"],
      ["order=sideways", "order"],
      ["created[gte]=yesterday", "created[gte]"],
      ["created[lte]=-1", "created[lte]"],
      ["color=blue", "color"],
    ];
    for (const [query, param] of cases) {
      const response = await api<Err>(`/v1/customers?${query}`, { auth: key });
      expect(response.status, query).toBe(400);
      expect(response.body.error.param, query).toBe(param);
    }
    const csv = await api<Err>("/v1/customers?status=bogus", { auth: key, headers: { Accept: "text/csv" } });
    expect(csv.status).toBe(400);
    expect(csv.body.error.param).toBe("status");
    expect(await orgRows(admin, orgId)).toEqual(before);
  });

  it("shows one organisation's customers in one mode only, and a cursor from elsewhere is refused", async () => {
    const plans = await twoPlans(admin, key);
    const other = await newOrganization("Other List");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const liveKey = (await newApiKey(admin, orgId, { livemode: true })).key;
    const [theirs] = (await insertCustomers(admin, other.orgId, [{ name: "Theirs", created: T0 + 100 }])) as [string];
    const [live] = (await insertCustomers(admin, orgId, [{ name: "Live one", created: T0 + 100, livemode: true }])) as [string];
    await insertSubscription(admin, other.orgId, { customer: theirs, status: "active", stripePrice: plans.pro.monthly.stripeId });
    await insertSubscription(admin, orgId, { customer: live, status: "active", stripePrice: plans.pro.monthly.stripeId, livemode: true });
    const ours = await walk(`status=active&product=${plans.pro.id}`, 100);
    expect(ours).not.toContain(theirs);
    expect(ours).not.toContain(live);
    expect(await ids("status=active", otherKey)).toEqual([theirs]);
    // Our product is invisible to them, so it narrows their list to nothing even where the Stripe price matches.
    expect(await ids(`status=active&product=${plans.pro.id}`, otherKey)).toEqual([]);
    expect(await ids(`status=active&sort=name`, liveKey)).toEqual([live]);
    // The search reads the trigram indexes outside the policies (tenant.customer_search): it still finds only this tenant's.
    expect(await ids("search=theirs")).toEqual([]);
    expect(await ids("search=live%20one")).toEqual([]);
    expect(await ids("search=theirs", otherKey)).toEqual([theirs]);
    expect(await ids("search=live%20one", liveKey)).toEqual([live]);
    const foreignCursor = await api<Err>(`/v1/customers?sort=name&starting_after=${theirs}`, { auth: key });
    expect(foreignCursor.status).toBe(400);
    expect(foreignCursor.body.error).toMatchObject({ code: "resource_missing", param: "starting_after" });
  });

  it("lets a viewer read the filtered list but not write", async () => {
    const viewer = await newUser();
    await addMember(admin, orgId, viewer, "viewer");
    const as = { auth: viewer.token, org: orgId };
    const list = await api<List>("/v1/customers?sort=email&status=active", as);
    expect(list.status).toBe(200);
    const before = await orgRows(admin, orgId);
    const refused = await api<Err>("/v1/customers", { ...as, body: { name: "Not allowed" } });
    expect(refused.status).toBe(403);
    expect(await orgRows(admin, orgId)).toEqual(before);
  });
});
