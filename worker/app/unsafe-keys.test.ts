import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueCounts } from "../test/catalogue-fixtures";
import { adminSql, api, call, newApiKey, newOrganization } from "../test/fixtures";

/**
 * `JSON.parse` keeps `"__proto__"` as an own key, but copying it into a record sets the prototype
 * instead, so the key used to vanish and a different object was written with 201. The bodies here
 * are raw JSON text: building them as JS objects would lose the key before it is sent.
 */

const admin = adminSql();
let orgId: string;
let key: string;
let productId: string;

beforeAll(async () => {
  ({ orgId } = await newOrganization("Unsafe Keys Co"));
  key = (await newApiKey(admin, orgId)).key;
  productId = (await api<{ id: string }>("/v1/products", { auth: key, body: { name: "Pro" } })).body.id;
});
afterAll(() => admin.end());

const postRaw = async (path: string, body: string) => {
  const response = await call(path, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "content-type": "application/json" },
    body,
  });
  return { status: response.status, body: await response.json<{ error: Record<string, string> }>() };
};

const customerRows = async () => {
  const [row] = await admin<{ customers: number; audit: number }[]>`
    select (select count(*)::int from customers where org_id = ${orgId}) as customers,
           (select count(*)::int from audit_log where org_id = ${orgId}) as audit`;
  return row;
};

const refused = (param: string, unsafeKey: string) => ({
  type: "invalid_request_error",
  code: "parameter_invalid",
  param,
  message: `Invalid ${param}: "${unsafeKey}" is not allowed as a key (it would change the object's prototype in JavaScript).`,
});

describe("prototype keys in free-form objects", () => {
  it("refuses them in customer metadata on create, upsert and update, and writes nothing", async () => {
    const existing = await api<{ id: string }>("/v1/customers", { auth: key, body: { name: "Ada", metadata: { a: "b" } } });
    expect(existing.status).toBe(201);
    const before = await customerRows();
    for (const unsafeKey of ["__proto__", "constructor", "prototype"]) {
      const metadata = `{"${unsafeKey}": {"admin": "true"}, "a": "b"}`;
      for (const [path, body] of [
        ["/v1/customers", `{"name": "Grace", "metadata": ${metadata}}`],
        ["/v1/customers/upsert", `{"external_id": "grace", "metadata": ${metadata}}`],
        [`/v1/customers/${existing.body.id}`, `{"metadata": ${metadata}}`],
      ] as const) {
        const response = await postRaw(path, body);
        expect(response.status, `${path} ${unsafeKey}`).toBe(400);
        expect(response.body.error).toMatchObject(refused(`metadata[${unsafeKey}]`, unsafeKey));
      }
    }
    expect(await customerRows()).toEqual(before);
    const stored = await api<{ metadata: Record<string, string> }>(`/v1/customers/${existing.body.id}`, { auth: key });
    expect(stored.body.metadata).toEqual({ a: "b" });
  });

  it("refuses them in a price's currency_options: no price and no product version is made", async () => {
    const before = await catalogueCounts(admin, orgId);
    for (const unsafeKey of ["__proto__", "constructor", "prototype"]) {
      const response = await postRaw(
        "/v1/prices",
        `{"product": "${productId}", "currency": "usd", "unit_amount": 1000,
          "currency_options": {"${unsafeKey}": {"unit_amount": 1}, "eur": {"unit_amount": 900}}}`,
      );
      expect(response.status, unsafeKey).toBe(400);
      expect(response.body.error).toMatchObject(refused(`currency_options[${unsafeKey}]`, unsafeKey));
    }
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
  });
});
