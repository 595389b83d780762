import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCustomers, insertSubscription, twoPlans } from "../../test/admin-list-fixtures";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser } from "../../test/fixtures";
import { orgRows } from "../../test/org-rows";

const admin = adminSql();
type List = { data: { id: string; status: string; product: string | null; current_period_end: number | null }[]; has_more: boolean };
type Err = { error: { code: string; param: string } };
const T0 = 1_780_000_000;
const DAY = 86_400;

let orgId: string;
let key: string;
let plans: Awaited<ReturnType<typeof twoPlans>>;
let customers: string[];
/** id → (status, price, period end, created) as inserted. */
const subs: Record<string, { status: string; plan: "basic" | "pro" | "large"; end: number | null; created: number; customer: string }> = {};

beforeAll(async () => {
  ({ orgId } = await newOrganization("Subscription Lists"));
  key = (await newApiKey(admin, orgId)).key;
  plans = await twoPlans(admin, key);
  customers = await insertCustomers(admin, orgId, [{ name: "A" }, { name: "B" }]);
  const rows = [
    { status: "active", plan: "pro", end: T0 + 10 * DAY, created: T0, customer: 0 },
    { status: "active", plan: "basic", end: T0 + 3 * DAY, created: T0 + 1, customer: 1 },
    { status: "past_due", plan: "large", end: T0 + 3 * DAY, created: T0 + 1, customer: 0 },
    { status: "trialing", plan: "pro", end: T0 + 3 * DAY, created: T0 + 2, customer: 1 },
    { status: "canceled", plan: "basic", end: null, created: T0 + 3, customer: 0 },
  ] as const;
  const stripePrice = { basic: plans.basic.monthly.stripeId, pro: plans.pro.monthly.stripeId, large: plans.pro.large.stripeId };
  for (const row of rows) {
    const customer = customers[row.customer] as string;
    const id = await insertSubscription(admin, orgId, {
      customer,
      status: row.status,
      stripePrice: stripePrice[row.plan],
      periodEnd: row.end,
      created: row.created,
    });
    subs[id] = { ...row, customer };
  }
});
afterAll(() => admin.end());

const ids = async (query: string, auth = key) => {
  const response = await api<List>(`/v1/subscriptions?${query}`, { auth });
  expect(response.status, query).toBe(200);
  return response.body.data.map((subscription) => subscription.id);
};
const where = (test: (row: (typeof subs)[string]) => boolean) =>
  Object.entries(subs)
    .filter(([, row]) => test(row))
    .map(([id]) => id);

async function walk(query: string, limit: number) {
  const seen: string[] = [];
  for (;;) {
    const after = seen.length ? `&starting_after=${seen.at(-1)}` : "";
    const { body } = await api<List>(`/v1/subscriptions?${query}&limit=${limit}${after}`, { auth: key });
    seen.push(...body.data.map((subscription) => subscription.id));
    if (!body.has_more) return seen;
  }
}

describe("subscription list filters", () => {
  it("narrows by status, product, price, customer and renewal date", async () => {
    const byCreatedDesc = (list: string[]) =>
      [...list].sort((a, b) => (subs[b]?.created ?? 0) - (subs[a]?.created ?? 0) || (a < b ? 1 : -1));
    expect(await ids("status=active")).toEqual(byCreatedDesc(where((row) => row.status === "active")));
    expect(await ids(`product=${plans.pro.id}`)).toEqual(byCreatedDesc(where((row) => row.plan !== "basic")));
    expect(await ids(`price=${plans.pro.large.id}`)).toEqual(where((row) => row.plan === "large"));
    expect(await ids(`status=active&product=${plans.basic.id}`)).toEqual(where((row) => row.status === "active" && row.plan === "basic"));
    expect(await ids(`customer=${customers[1]}&status=trialing`)).toEqual(where((row) => row.status === "trialing"));
    const soon = `current_period_end[gte]=${T0 + 3 * DAY}&current_period_end[lte]=${T0 + 3 * DAY}`;
    expect(await ids(soon)).toEqual(byCreatedDesc(where((row) => row.end === T0 + 3 * DAY)));
    expect(await ids(`current_period_end[gte]=${T0 + 4 * DAY}`)).toEqual(where((row) => row.end === T0 + 10 * DAY));
    expect(await ids("status=unpaid")).toEqual([]);
  });

  it("sorts by renewal both ways (no period last) and by creation, paging through ties", async () => {
    const renewal = Object.keys(subs).sort((a, b) => {
      const endA = subs[a]?.end ?? Number.POSITIVE_INFINITY;
      const endB = subs[b]?.end ?? Number.POSITIVE_INFINITY;
      return endA - endB || (a < b ? -1 : 1);
    });
    const created = Object.keys(subs).sort((a, b) => (subs[a]?.created ?? 0) - (subs[b]?.created ?? 0) || (a < b ? -1 : 1));
    for (const limit of [1, 2, 4]) {
      expect(await walk("sort=current_period_end", limit)).toEqual(renewal);
      expect(await walk("sort=current_period_end&order=desc", limit)).toEqual([...renewal].reverse());
      expect(await walk("sort=created&order=asc", limit)).toEqual(created);
      expect(await walk("", limit)).toEqual([...created].reverse());
    }
    const back = await api<List>(`/v1/subscriptions?sort=current_period_end&limit=2&ending_before=${renewal[3]}`, { auth: key });
    expect(back.body.data.map((subscription) => subscription.id)).toEqual(renewal.slice(1, 3));
  });

  it("refuses bad filters with their param and writes nothing", async () => {
    const before = await orgRows(admin, orgId);
    const cases: Array<[string, string]> = [
      ["status=done", "status"],
      ["product=cus_1", "product"],
      ["price=prod_1", "price"],
      ["sort=status", "sort"],
      ["order=up", "order"],
      ["current_period_end[gte]=soon", "current_period_end[gte]"],
      ["current_period_end[lte]=1.5", "current_period_end[lte]"],
    ];
    for (const [query, param] of cases) {
      const response = await api<Err>(`/v1/subscriptions?${query}`, { auth: key });
      expect(response.status, query).toBe(400);
      expect(response.body.error.param, query).toBe(param);
    }
    expect(await orgRows(admin, orgId)).toEqual(before);
  });

  it("keeps organisations and modes apart", async () => {
    const other = await newOrganization("Other Subscriptions");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const [theirCustomer] = (await insertCustomers(admin, other.orgId, [{ name: "Theirs" }])) as [string];
    const theirs = await insertSubscription(admin, other.orgId, { customer: theirCustomer, status: "active", periodEnd: T0 + 3 * DAY });
    const live = await insertSubscription(admin, orgId, { customer: customers[0] as string, status: "active", livemode: true });
    const ours = await walk("status=active&sort=current_period_end", 100);
    expect(ours).not.toContain(theirs);
    expect(ours).not.toContain(live);
    expect(await ids("status=active", otherKey)).toEqual([theirs]);
    expect(await ids("status=active", (await newApiKey(admin, orgId, { livemode: true })).key)).toEqual([live]);
    // Naming another organisation's customer finds nothing rather than their subscriptions.
    expect(await ids(`customer=${theirCustomer}`)).toEqual([]);
  });

  it("lets a viewer read but not cancel", async () => {
    const viewer = await newUser();
    await addMember(admin, orgId, viewer, "viewer");
    const as = { auth: viewer.token, org: orgId };
    expect((await api<List>("/v1/subscriptions?status=active&sort=current_period_end", as)).status).toBe(200);
    const before = await orgRows(admin, orgId);
    const [first] = Object.keys(subs) as [string];
    const refused = await api<Err>(`/v1/subscriptions/${first}/cancel`, { ...as, body: {} });
    expect(refused.status).toBe(403);
    expect(await orgRows(admin, orgId)).toEqual(before);
  });
});
