import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let secretKey: string;
let otherKey: string;
let ada: string;
let bob: string;

type Session = { id: string; token: string };
type Reply = { id?: string; revoked?: number; revoked_at?: number; error?: { code: string } };

beforeAll(async () => {
  ({ orgId } = await newOrganization("Revocation Co"));
  secretKey = (await newApiKey(admin, orgId)).key;
  otherKey = (await newApiKey(admin, (await newOrganization("Revocation Elsewhere")).orgId)).key;
  ada = (await api<{ id: string }>("/v1/customers", { auth: secretKey, body: { name: "Ada" } })).body.id;
  bob = (await api<{ id: string }>("/v1/customers", { auth: secretKey, body: { name: "Bob" } })).body.id;
});
afterAll(() => admin.end());

const mint = async (customer: string) => (await api<Session>("/v1/customer_sessions", { auth: secretKey, body: { customer } })).body;
const revoke = (auth: string, id: string) => api<Reply>(`/v1/customer_sessions/${id}/revoke`, { auth, method: "POST" });
const revokeAll = (auth: string, customer: string) =>
  api<Reply>(`/v1/customers/${customer}/customer_sessions/revoke`, { auth, method: "POST" });
/** What the session sees of its own customer: 200 while live, 401 once revoked. */
const status = async (session: Session, customer: string) => (await api(`/v1/customers/${customer}`, { auth: session.token })).status;
const revokedAt = async (id: string) =>
  (await admin<{ revoked_at: Date | null }[]>`select revoked_at from customer_sessions where id = ${id}`)[0]?.revoked_at;

describe("revoking customer sessions", () => {
  it("refuses a revoked session on its next request, changes nothing with it, and leaves other sessions working", async () => {
    const [first, second, bobs] = [await mint(ada), await mint(ada), await mint(bob)];
    expect(await status(first, ada)).toBe(200);

    const revoked = await revoke(secretKey, first.id);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: first.id, object: "customer_session", customer: ada });
    expect(revoked.body.revoked_at).toBeGreaterThan(0);

    const refused = await api<Reply>(`/v1/customers/${ada}`, { auth: first.token });
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe("invalid_customer_session");
    // A write with the revoked token is refused and writes nothing.
    expect((await revoke(first.token, second.id)).status).toBe(401);
    expect(await revokedAt(second.id)).toBeNull();

    expect(await status(second, ada)).toBe(200);
    expect(await status(bobs, bob)).toBe(200);
    // Revoking again is harmless and keeps the first time.
    expect((await revoke(secretKey, first.id)).body.revoked_at).toBe(revoked.body.revoked_at);
    expect((await revoke(secretKey, "bcs_doesnotexist")).status).toBe(404);
  });

  it("revokes every live session of one customer, and only that customer's", async () => {
    const [first, second, bobs] = [await mint(ada), await mint(ada), await mint(bob)];
    const all = await revokeAll(secretKey, ada);
    expect(all.status).toBe(200);
    expect(all.body.revoked).toBeGreaterThanOrEqual(2);
    expect(await status(first, ada)).toBe(401);
    expect(await status(second, ada)).toBe(401);
    expect(await status(bobs, bob)).toBe(200);
    expect(await status(await mint(ada), ada)).toBe(200);
    expect((await revokeAll(secretKey, "cus_doesnotexist")).status).toBe(404);
  });

  it("answers another organisation's revocations with 404 and revokes nothing", async () => {
    const bobs = await mint(bob);
    expect((await revoke(otherKey, bobs.id)).status).toBe(404);
    expect((await revokeAll(otherKey, bob)).status).toBe(404);
    expect(await revokedAt(bobs.id)).toBeNull();
    expect(await status(bobs, bob)).toBe(200);
  });

  it("lets a customer session revoke its own customer's sessions (log out) but not another customer's", async () => {
    const [adas, bobs] = [await mint(ada), await mint(bob)];
    expect((await revoke(adas.token, bobs.id)).status).toBe(404);
    expect((await revokeAll(adas.token, bob)).status).toBe(404);
    expect(await revokedAt(bobs.id)).toBeNull();
    expect(await status(bobs, bob)).toBe(200);

    expect((await revoke(adas.token, adas.id)).status).toBe(200);
    expect(await status(adas, ada)).toBe(401);
  });
});
