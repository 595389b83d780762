import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser, type TestUser } from "../../test/fixtures";

// A stored Idempotency-Key response belongs to the exact credential that made it and is looked up
// only after the route's access rule passed: another principal sending the same key and body gets
// what it would get by calling afresh, never the stored response.
const admin = adminSql();
let orgId: string;
let owner: TestUser;
let member: TestUser;
let secretKey: string;
let ada: string;
let bob: string;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Idempotent Principals"));
  member = await newUser();
  await addMember(admin, orgId, member, "member");
  secretKey = (await newApiKey(admin, orgId)).key;
  ada = (await api<{ id: string }>("/v1/customers", { auth: secretKey, body: { name: "Ada" } })).body.id;
  bob = (await api<{ id: string }>("/v1/customers", { auth: secretKey, body: { name: "Bob" } })).body.id;
});
afterAll(() => admin.end());

type Reply = { id?: string; secret?: string; token?: string; customer?: string; error?: { code: string } };
const post = (path: string, auth: string, body: unknown, key: string, org?: string) =>
  api<Reply>(path, { auth, body, ...(org ? { org } : {}), headers: { "Idempotency-Key": key } });
const keyCount = async () => (await admin<{ n: number }[]>`select count(*)::int as n from api_keys where org_id = ${orgId}`)[0]?.n;
const customersNamed = async (name: string) =>
  (await admin<{ n: number }[]>`select count(*)::int as n from customers where name = ${name}`)[0]?.n;

describe("Idempotency-Key across principals", () => {
  it("does not replay the owner's new API key to a member, and a member's refusal is not replayed to the owner", async () => {
    const body = { type: "secret", name: "deploy" };
    const created = await post("/v1/api_keys", owner.token, body, "owner-key", orgId);
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^sk_test_/);
    const before = await keyCount();

    const replayed = await post("/v1/api_keys", member.token, body, "owner-key", orgId);
    expect(replayed.status).toBe(403);
    expect(replayed.body.error?.code).toBe("insufficient_permissions");
    expect(replayed.body.secret).toBeUndefined();
    expect(replayed.headers.get("Idempotent-Replayed")).toBeNull();
    expect(await keyCount()).toBe(before);

    const refused = await post("/v1/api_keys", member.token, body, "member-first", orgId);
    expect(refused.status).toBe(403);
    const allowed = await post("/v1/api_keys", owner.token, body, "member-first", orgId);
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get("Idempotent-Replayed")).toBeNull();
    expect(allowed.body.secret).toMatch(/^sk_test_/);
    expect(await keyCount()).toBe((before ?? 0) + 1);
  });

  it("does not replay a merchant's customer session for another customer to a customer session", async () => {
    const minted = await post("/v1/customer_sessions", secretKey, { customer: bob }, "mint-bob");
    expect(minted.status).toBe(201);
    const adaSession = (await post("/v1/customer_sessions", secretKey, { customer: ada }, "mint-ada")).body.token as string;

    const replayed = await post("/v1/customer_sessions", adaSession, { customer: bob }, "mint-bob");
    expect(replayed.status).toBe(403);
    expect(replayed.body.error?.code).toBe("principal_not_allowed");
    expect(replayed.body.token).toBeUndefined();
    expect(replayed.body.customer).toBeUndefined();
  });

  it("does not replay a secret key's new customer to the publishable key", async () => {
    const publishable = (await newApiKey(admin, orgId, { type: "publishable" })).key;
    const created = await post("/v1/customers", secretKey, { name: "Carol Replay" }, "carol");
    expect(created.status).toBe(201);

    const replayed = await post("/v1/customers", publishable, { name: "Carol Replay" }, "carol");
    expect(replayed.status).toBe(403);
    expect(replayed.body.id).toBeUndefined();
    expect(await customersNamed("Carol Replay")).toBe(1);
  });

  it("gives two organisations' secret keys with one key and one body two different objects", async () => {
    const other = await newOrganization("Idempotent Elsewhere");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const body = { name: "Same Body Twice" };
    const mine = await post("/v1/customers", secretKey, body, "same-key-two-orgs");
    const theirs = await post("/v1/customers", otherKey, body, "same-key-two-orgs");
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("Idempotent-Replayed")).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
    const [row] = await admin<{ org_id: string }[]>`select org_id from customers where id = ${theirs.body.id as string}`;
    expect(row?.org_id).toBe(other.orgId);
    // Each replays its own.
    expect((await post("/v1/customers", otherKey, body, "same-key-two-orgs")).body.id).toBe(theirs.body.id);
    expect((await post("/v1/customers", secretKey, body, "same-key-two-orgs")).body.id).toBe(mine.body.id);
    expect(await customersNamed("Same Body Twice")).toBe(2);
  });

  it("gives two organisations' customer sessions with one key their own results", async () => {
    const other = await newOrganization("Idempotent Sessions Elsewhere");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const otherCustomer = (await post("/v1/customers", otherKey, { name: "Dee" }, "dee")).body.id as string;
    const mine = (await post("/v1/customer_sessions", secretKey, { customer: ada }, "session-mine")).body.token as string;
    const theirs = (await post("/v1/customer_sessions", otherKey, { customer: otherCustomer }, "session-theirs")).body.token as string;
    const logOut = (token: string, customer: string) =>
      api<{ customer: string; revoked: number }>(`/v1/customers/${customer}/customer_sessions/revoke`, {
        auth: token,
        method: "POST",
        headers: { "Idempotency-Key": "log-out" },
      });
    const first = await logOut(mine, ada);
    const second = await logOut(theirs, otherCustomer);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get("Idempotent-Replayed")).toBeNull();
    expect(second.body.customer).toBe(otherCustomer);
    expect(second.body.revoked).toBeGreaterThanOrEqual(1);
  });

  it("scopes keys to one API key: a second secret key of the same organisation runs its own request", async () => {
    const second = (await newApiKey(admin, orgId)).key;
    const first = await post("/v1/customers", secretKey, { name: "Per Key" }, "per-key");
    const again = await post("/v1/customers", second, { name: "Per Key" }, "per-key");
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBeNull();
    expect(again.body.id).not.toBe(first.body.id);
  });
});
