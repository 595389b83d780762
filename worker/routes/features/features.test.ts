import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueCounts } from "../../test/catalogue-fixtures";
import { adminSql, api, newApiKey, newOrganization, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Features Co"));
});
afterAll(() => admin.end());

type Feature = {
  id: string;
  object: string;
  key: string;
  type: string;
  aggregation: string | null;
  reset: string | null;
  livemode: boolean;
};
type ApiError = { error: { code: string; param?: string } };

describe("features", () => {
  it("creates, retrieves, renames, lists and deletes", async () => {
    const auth = { auth: owner.token, org: orgId };
    const created = await api<Feature>("/v1/features", { ...auth, body: { key: "exports", name: "Exports", type: "metered" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: "feature",
      key: "exports",
      type: "metered",
      aggregation: "sum",
      reset: "billing_period",
      livemode: false,
    });
    expect(created.body.id).toMatch(/^feat_/);
    const renamed = await api<Feature & { name: string }>(`/v1/features/${created.body.id}`, { ...auth, body: { name: "CSV exports" } });
    expect(renamed.body.name).toBe("CSV exports");
    expect((await api<Feature>(`/v1/features/${created.body.id}`, auth)).body.key).toBe("exports");
    const list = await api<{ data: Feature[] }>("/v1/features?limit=1", auth);
    expect(list.body.data.map((feature) => feature.id)).toEqual([created.body.id]);
    const deleted = await api(`/v1/features/${created.body.id}`, { ...auth, method: "DELETE" });
    expect(deleted.body).toEqual({ id: created.body.id, object: "feature", deleted: true });
    expect((await api(`/v1/features/${created.body.id}`, auth)).status).toBe(404);
  });

  it("refuses a duplicate key with 409 and param key, in the same mode only", async () => {
    const secret = (await newApiKey(admin, orgId)).key;
    expect((await api("/v1/features", { auth: secret, body: { key: "dup", name: "A", type: "boolean" } })).status).toBe(201);
    const before = await catalogueCounts(admin, orgId);
    const again = await api<ApiError>("/v1/features", { auth: secret, body: { key: "dup", name: "B", type: "limit" } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "feature_key_taken", param: "key" });
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
    const live = await api("/v1/features", {
      auth: owner.token,
      org: orgId,
      mode: "live",
      body: { key: "dup", name: "Live", type: "boolean" },
    });
    expect(live.status).toBe(201);
  });

  it("refuses bad input with the offending param and writes nothing", async () => {
    const before = await catalogueCounts(admin, orgId);
    const cases: Array<[unknown, string]> = [
      [{ key: "Has Caps", name: "x", type: "boolean" }, "key"],
      [{ key: "ok", name: "x", type: "toggle" }, "type"],
      [{ key: "ok", name: "", type: "boolean" }, "name"],
      [{ key: "ok", name: "x", type: "boolean", aggregation: "sum" }, "aggregation"],
      [{ key: "ok", name: "x", type: "metered", aggregation: "avg" }, "aggregation"],
      [{ key: "ok", name: "x", type: "metered", reset: "daily" }, "reset"],
      [{ key: "ok", name: "x", type: "boolean", org_id: "org_other" }, "org_id"],
      [{ name: "x", type: "boolean" }, "key"],
    ];
    for (const [body, param] of cases) {
      const response = await api<ApiError>("/v1/features", { auth: owner.token, org: orgId, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
  });

  it("will not delete a feature a product grants", async () => {
    const auth = { auth: owner.token, org: orgId };
    const feature = await api<Feature>("/v1/features", { ...auth, body: { key: "granted", name: "Granted", type: "boolean" } });
    const product = await api<{ id: string }>("/v1/products", { ...auth, body: { name: "Has it" } });
    await api(`/v1/products/${product.body.id}/grants`, { ...auth, body: { feature: feature.body.id, value: true } });
    const deleted = await api<ApiError>(`/v1/features/${feature.body.id}`, { ...auth, method: "DELETE" });
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.code).toBe("feature_in_use");
  });
});
