import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

const admin = adminSql();
afterAll(() => admin.end());

const SERIES = ["mrr", "subscriptions", "retention", "revenue", "cohorts", "recovery"] as const;
const RANGED = [...SERIES, "usage"] as const;
const JAN_2026 = 1_767_225_600;
const YEAR = 365 * 86_400;

let key: string;
beforeAll(async () => {
  const { orgId } = await newOrganization("Analytics Params Co");
  key = (await newApiKey(admin, orgId)).key;
});

const get = (path: string) => api<{ error: { code: string; param?: string; message: string } }>(path, { auth: key });

describe("analytics parameters: 400 naming the param", () => {
  it.each(RANGED)("/v1/analytics/%s refuses from after to, from equal to to, and a range over 5 years", async (route) => {
    for (const [query, param, message] of [
      [`from=${JAN_2026 + 10}&to=${JAN_2026}`, "from", "`from` must be before `to`."],
      [`from=${JAN_2026}&to=${JAN_2026}`, "from", "`from` must be before `to`."],
      [`from=${JAN_2026}&to=${JAN_2026 + 6 * YEAR}`, "to", "`to` may be at most 5 years after `from`."],
      // Without `from` the range is one year back from `to`; `to` alone cannot be too long.
      [`from=${JAN_2026 - 6 * YEAR}`, "to", "`to` may be at most 5 years after `from`."],
    ] as const) {
      const response = await get(`/v1/analytics/${route}?${query}`);
      expect(response.status, `${route}?${query}`).toBe(400);
      expect(response.body.error).toMatchObject({ code: "parameter_invalid", param, message });
    }
    // Exactly five years is allowed.
    const five = await get(`/v1/analytics/${route}?from=${JAN_2026}&to=${JAN_2026 + 5 * YEAR + 86_400}`);
    expect(five.status).toBe(200);
  });

  it.each(RANGED)("/v1/analytics/%s refuses an unknown interval, a bad time and an unknown parameter", async (route) => {
    const interval = await get(`/v1/analytics/${route}?interval=year`);
    expect(interval.status).toBe(400);
    expect(interval.body.error).toMatchObject({ code: "parameter_invalid", param: "interval" });
    const from = await get(`/v1/analytics/${route}?from=yesterday`);
    expect(from.body.error).toMatchObject({ code: "parameter_invalid", param: "from" });
    const unknown = await get(`/v1/analytics/${route}?granularity=day`);
    expect(unknown.body.error).toMatchObject({ code: "parameter_unknown", param: "granularity" });
  });

  it.each(SERIES)("/v1/analytics/%s refuses an unknown or malformed currency", async (route) => {
    for (const currency of ["xyz", "USD", "us"]) {
      const response = await get(`/v1/analytics/${route}?currency=${currency}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: "parameter_invalid", param: "currency" });
    }
  });

  it("cohorts are monthly: interval=week is refused; usage takes no currency", async () => {
    expect((await get("/v1/analytics/cohorts?interval=week")).body.error).toMatchObject({ code: "parameter_invalid", param: "interval" });
    expect((await get("/v1/analytics/usage?currency=usd")).body.error).toMatchObject({ code: "parameter_unknown", param: "currency" });
  });

  it("usage limits: a bad feature id or limit is refused", async () => {
    expect((await get("/v1/analytics/usage/limits?feature=api")).body.error).toMatchObject({ param: "feature" });
    for (const limit of ["0", "1001", "ten"])
      expect((await get(`/v1/analytics/usage/limits?limit=${limit}`)).body.error).toMatchObject({ param: "limit" });
  });

  it("answers an organisation without data with zero-valued periods for an asked currency and none otherwise", async () => {
    const asked = await api<{ data: Array<{ mrr: number; currency: string }> }>(
      `/v1/analytics/mrr?from=${JAN_2026}&to=${JAN_2026 + 86_400 * 40}&currency=eur`,
      { auth: key },
    );
    expect(asked.status).toBe(200);
    expect(asked.body.data.map((row) => [row.currency, row.mrr])).toEqual([
      ["eur", 0],
      ["eur", 0],
    ]);
    const all = await api<{ data: unknown[] }>(`/v1/analytics/mrr?from=${JAN_2026}&to=${JAN_2026 + 86_400 * 40}`, { auth: key });
    expect(all.body.data).toEqual([]);
  });
});
