import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, counts, newApiKey, newOrganization } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let key: string;

type Customer = { id: string; metadata: Record<string, string> };
type Err = { error: { type: string; code: string; param: string; message: string } };

beforeAll(async () => {
  ({ orgId } = await newOrganization("Metadata Co"));
  key = (await newApiKey(admin, orgId)).key;
});
afterAll(() => admin.end());

const keys = (prefix: string, count: number, value = "v") =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, value]));
const tooMany = (total: number) => ({
  type: "invalid_request_error",
  code: "parameter_invalid",
  param: "metadata",
  message: `Invalid metadata: at most 50 keys; this would leave the customer with ${total}. Unset a key by sending it with an empty value.`,
});

async function customerWith(metadata: Record<string, string>, externalId?: string) {
  const created = await api<Customer>("/v1/customers", {
    auth: key,
    body: { metadata, ...(externalId ? { external_id: externalId } : {}) },
  });
  expect(created.status).toBe(201);
  return created.body;
}

async function storedMetadata(id: string) {
  const [row] = await admin<{ metadata: Record<string, string> }[]>`select metadata from customers where id = ${id}`;
  return row?.metadata;
}

describe("customer metadata, merged", () => {
  it("refuses an update that would take the merged metadata over 50 keys, and writes nothing", async () => {
    const customer = await customerWith(keys("a", 30));
    const before = await counts(admin, orgId);
    const response = await api<Err>(`/v1/customers/${customer.id}`, { auth: key, body: { name: "Renamed", metadata: keys("b", 30) } });
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({ ...tooMany(60), request_id: expect.any(String) });
    expect(await storedMetadata(customer.id)).toEqual(keys("a", 30));
    const [row] = await admin<{ name: string | null }[]>`select name from customers where id = ${customer.id}`;
    expect(row?.name).toBeNull();
    expect(await counts(admin, orgId)).toEqual(before);
  });

  it("refuses an upsert of an existing customer the same way", async () => {
    const customer = await customerWith(keys("a", 30), "ext-merge");
    const response = await api<Err>("/v1/customers/upsert", { auth: key, body: { external_id: "ext-merge", metadata: keys("b", 21) } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject(tooMany(51));
    expect(await storedMetadata(customer.id)).toEqual(keys("a", 30));
  });

  it("accepts exactly 50, counts overwritten keys once, and unsets keys sent empty", async () => {
    const customer = await customerWith(keys("a", 30));
    const fifty = await api<Customer>(`/v1/customers/${customer.id}`, {
      auth: key,
      body: { metadata: { ...keys("a", 30, "w"), ...keys("b", 20) } },
    });
    expect(fifty.status).toBe(200);
    expect(Object.keys(fifty.body.metadata)).toHaveLength(50);
    expect(fifty.body.metadata.a0).toBe("w");
    const swapped = await api<Customer>(`/v1/customers/${customer.id}`, { auth: key, body: { metadata: { a0: "", c0: "new" } } });
    expect(swapped.status).toBe(200);
    expect(Object.keys(swapped.body.metadata)).toHaveLength(50);
    expect(swapped.body.metadata).not.toHaveProperty("a0");
    expect(swapped.body.metadata.c0).toBe("new");
    const upserted = await api<Customer>("/v1/customers/upsert", {
      auth: key,
      body: { external_id: "ext-unset", metadata: { x: "1", y: "" } },
    });
    expect(upserted.body.metadata).toEqual({ x: "1" });
  });

  it("holds under concurrent updates: two of 30 new keys each, one wins", async () => {
    const customer = await customerWith({});
    const responses = await Promise.all(
      ["p", "q"].map((prefix) => api<Err>(`/v1/customers/${customer.id}`, { auth: key, body: { metadata: keys(prefix, 30) } })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 400]);
    expect(Object.keys((await storedMetadata(customer.id)) ?? {})).toHaveLength(30);
  });
});
