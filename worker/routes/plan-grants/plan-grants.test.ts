import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueCounts } from "../../test/catalogue-fixtures";
import { adminSql, api, newOrganization, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let productId: string;
const features: Record<string, string> = {};

type Grant = { id: string; feature: string; feature_key: string; value: unknown; overage_unit_amounts: unknown; product_version: number };
type ApiError = { error: { code: string; param?: string } };
const as = () => ({ auth: owner.token, org: orgId });

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Grants Co"));
  productId = (await api<{ id: string }>("/v1/products", { ...as(), body: { name: "Plan" } })).body.id;
  for (const [key, type] of [
    ["sso", "boolean"],
    ["calls", "metered"],
    ["seats", "limit"],
  ] as const) {
    features[key] = (await api<{ id: string }>("/v1/features", { ...as(), body: { key, name: key, type } })).body.id;
  }
});
afterAll(() => admin.end());

describe("plan grants", () => {
  it("grants true, a quota with overage, and a cap; updates and removes them", async () => {
    const sso = await api<Grant>(`/v1/products/${productId}/grants`, { ...as(), body: { feature: features.sso, value: true } });
    expect(sso.status).toBe(201);
    expect(sso.body).toMatchObject({
      feature: features.sso,
      feature_key: "sso",
      value: true,
      overage_unit_amounts: null,
      product_version: 1,
    });
    const calls = await api<Grant>(`/v1/products/${productId}/grants`, {
      ...as(),
      body: { feature: features.calls, value: 10000, overage_unit_amounts: { usd: 2, eur: 2 } },
    });
    expect(calls.body).toMatchObject({ value: 10000, overage_unit_amounts: { eur: 2, usd: 2 } });
    const seats = await api<Grant>(`/v1/products/${productId}/grants`, { ...as(), body: { feature: features.seats, value: 5 } });
    expect(seats.body.value).toBe(5);
    const unlimited = await api<Grant>(`/v1/products/${productId}/grants/${features.seats}`, { ...as(), body: { value: "unlimited" } });
    expect(unlimited.body.value).toBe("unlimited");
    const list = await api<{ data: Grant[] }>(`/v1/products/${productId}/grants`, as());
    expect(Object.fromEntries(list.body.data.map((grant) => [grant.feature_key, grant.value]))).toEqual({
      sso: true,
      calls: 10000,
      seats: "unlimited",
    });
    const removed = await api(`/v1/products/${productId}/grants/${features.sso}`, { ...as(), method: "DELETE" });
    expect(removed.status).toBe(200);
    expect((await api(`/v1/products/${productId}/grants/${features.sso}`, { ...as(), method: "DELETE" })).status).toBe(404);
  });

  it("refuses a second grant of the same feature", async () => {
    const again = await api<ApiError>(`/v1/products/${productId}/grants`, { ...as(), body: { feature: features.calls, value: 1 } });
    expect(again.status).toBe(409);
    expect(again.body.error.param).toBe("feature");
  });

  it("refuses values the feature's type does not allow, with the param, and writes nothing", async () => {
    const other = await newOrganization("Other Grants");
    const foreign = await api<{ id: string }>("/v1/features", {
      auth: other.owner.token,
      org: other.orgId,
      body: { key: "foreign", name: "Foreign", type: "boolean" },
    });
    const fresh = (await api<{ id: string }>("/v1/products", { ...as(), body: { name: "Fresh" } })).body.id;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ feature: features.sso, value: 100 }, "value"],
      [{ feature: features.sso, value: "unlimited" }, "value"],
      [{ feature: features.calls, value: true }, "value"],
      [{ feature: features.seats, value: 5, overage_unit_amounts: { usd: 1 } }, "overage_unit_amounts"],
      [{ feature: features.calls, value: "unlimited", overage_unit_amounts: { usd: 1 } }, "overage_unit_amounts"],
      [{ feature: features.calls, value: 10, overage_unit_amounts: { usd: 0.5 } }, "overage_unit_amounts[usd]"],
      [{ feature: features.calls, value: 10, overage_unit_amounts: { abc: 1 } }, "overage_unit_amounts[abc]"],
      [{ feature: features.calls, value: -1 }, "value"],
      [{ feature: features.calls, value: 1.5 }, "value"],
      [{ feature: foreign.body.id, value: true }, "feature"],
      [{ feature: "feat_doesnotexist", value: true }, "feature"],
    ];
    const before = await catalogueCounts(admin, orgId);
    const theirs = await catalogueCounts(admin, other.orgId);
    for (const [body, param] of cases) {
      const response = await api<ApiError>(`/v1/products/${fresh}/grants`, { ...as(), body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
    expect(await catalogueCounts(admin, other.orgId)).toEqual(theirs);
  });
});
