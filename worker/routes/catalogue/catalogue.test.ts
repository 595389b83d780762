import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueCounts, catalogueSnapshot, seedCatalogue } from "../../test/catalogue-fixtures";
import { adminSql, api, newOrganization, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let seeded: Awaited<ReturnType<typeof seedCatalogue>>;

type Changes = { object: string; livemode: boolean; dry_run: boolean; changes: Array<{ action: string; object: string; key: string }> };
type Catalogue = {
  object: string;
  livemode: boolean;
  features: unknown[];
  products: Array<{ key: string; prices: Array<{ key: string }> }>;
};
type ApiError = { error: { code: string; param?: string } };
const test = () => ({ auth: owner.token, org: orgId, mode: "test" as const });
const live = () => ({ auth: owner.token, org: orgId, mode: "live" as const });
const withoutMode = (catalogue: Catalogue) => ({ ...catalogue, livemode: undefined });

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Copy Co"));
  seeded = await seedCatalogue(owner.token, { org: orgId });
});
afterAll(() => admin.end());

describe("copy to live", () => {
  it("lists the changes on a dry run and writes nothing", async () => {
    const before = await catalogueSnapshot(admin, orgId);
    const dry = await api<Changes>("/v1/catalogue/copy_to_live", { ...test(), body: { dry_run: true } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ object: "catalogue_changes", livemode: true, dry_run: true });
    const counted = (object: string) => dry.body.changes.filter((change) => change.object === object && change.action === "create").length;
    expect([counted("feature"), counted("product"), counted("plan_grant"), counted("price")]).toEqual([3, 2, 5, 3]);
    expect(await catalogueSnapshot(admin, orgId)).toEqual(before);
  });

  it("copies the test catalogue to live, then changes nothing the second time", async () => {
    const copied = await api<Changes>("/v1/catalogue/copy_to_live", { ...test(), body: {} });
    expect(copied.status).toBe(200);
    expect(copied.body.changes).toHaveLength(13);
    const testExport = await api<Catalogue>("/v1/catalogue/export", test());
    const liveExport = await api<Catalogue>("/v1/catalogue/export", live());
    expect(liveExport.body.livemode).toBe(true);
    expect(withoutMode(liveExport.body)).toEqual(withoutMode(testExport.body));
    const [liveRows] = await admin`select count(*)::int as n from prices where org_id = ${orgId} and livemode`;
    expect(liveRows?.n).toBe(3);

    const before = await catalogueSnapshot(admin, orgId);
    const again = await api<Changes>("/v1/catalogue/copy_to_live", { ...test(), body: {} });
    expect(again.body.changes).toEqual([]);
    expect(await catalogueSnapshot(admin, orgId)).toEqual(before);
  });

  it("copies later test changes as updates", async () => {
    await api(`/v1/products/${seeded.products.pro.id}`, { ...test(), body: { name: "Pro Plus" } });
    await api(`/v1/prices/${seeded.prices.proYearly.id}`, { ...test(), body: { active: false } });
    await api(`/v1/products/${seeded.products.pro.id}/grants/${seeded.features.seats.id}`, { ...test(), body: { value: 50 } });
    const dry = await api<Changes>("/v1/catalogue/copy_to_live", { ...test(), body: { dry_run: true } });
    expect(dry.body.changes).toEqual([
      { action: "update", object: "product", key: "pro" },
      { action: "update", object: "plan_grant", key: "pro/seats" },
      { action: "update", object: "price", key: seeded.prices.proYearly.id },
    ]);
    await api("/v1/catalogue/copy_to_live", { ...test(), body: {} });
    const pricing = await api<Catalogue>("/v1/catalogue/export", live());
    expect(JSON.stringify(pricing.body)).toContain("Pro Plus");
  });

  it("must be called from test mode", async () => {
    const response = await api<ApiError>("/v1/catalogue/copy_to_live", { ...live(), body: {} });
    expect([response.status, response.body.error.code]).toEqual([400, "test_mode_required"]);
  });
});

describe("export and import", () => {
  it("round-trips a catalogue into another organization, idempotently", async () => {
    const exported = await api<Catalogue>("/v1/catalogue/export", test());
    const other = await newOrganization("Import Co");
    const as = { auth: other.owner.token, org: other.orgId };
    const imported = await api<Changes>("/v1/catalogue/import", { ...as, body: { catalogue: exported.body } });
    expect(imported.status).toBe(200);
    expect(imported.body.changes.length).toBeGreaterThan(0);
    const reexported = await api<Catalogue>("/v1/catalogue/export", as);
    expect(reexported.body).toEqual(exported.body);
    const before = await catalogueSnapshot(admin, other.orgId);
    const again = await api<Changes>("/v1/catalogue/import", { ...as, body: { catalogue: exported.body } });
    expect(again.body.changes).toEqual([]);
    expect(await catalogueSnapshot(admin, other.orgId)).toEqual(before);
  });

  it("validates the whole document before writing anything", async () => {
    const exported = (await api<Catalogue & { products: Array<Record<string, unknown>> }>("/v1/catalogue/export", test())).body;
    const other = await newOrganization("Strict Import Co");
    const as = { auth: other.owner.token, org: other.orgId };
    const before = await catalogueCounts(admin, other.orgId);
    const broken = (mutate: (doc: typeof exported) => void) => {
      const copy = structuredClone(exported);
      mutate(copy);
      return copy;
    };
    const proIndex = exported.products.findIndex((product) => product.key === "pro");
    type DocProduct = { grants: Array<{ feature: string; value: unknown }>; prices: Array<{ unit_amount: number }> };
    const pro = (doc: typeof exported) => doc.products[proIndex] as unknown as DocProduct;
    const ssoIndex = pro(exported).grants.findIndex((grant) => grant.feature === "sso");
    const cases: Array<[unknown, number, string]> = [
      [broken((doc) => doc.features.push(doc.features[0])), 400, "catalogue[features][3][key]"],
      [
        broken((doc) => {
          const sso = pro(doc).grants.find((grant) => grant.feature === "sso");
          if (sso) sso.value = 100;
        }),
        400,
        `catalogue[products][${proIndex}][grants][${ssoIndex}][value]`,
      ],
      [
        broken((doc) => {
          pro(doc).grants.push({
            feature: "nope",
            value: true,
            overage_unit_amounts: null,
          } as never);
        }),
        400,
        `catalogue[products][${proIndex}][grants][3][feature]`,
      ],
      [
        broken((doc) => {
          const price = pro(doc).prices[0];
          if (price) price.unit_amount = 12.5;
        }),
        400,
        `catalogue[products][${proIndex}][prices][0][unit_amount]`,
      ],
    ];
    for (const [document, status, param] of cases) {
      const response = await api<ApiError>("/v1/catalogue/import", { ...as, body: { catalogue: document } });
      expect(response.status, param).toBe(status);
      expect(response.body.error.param).toBe(param);
    }
    expect(await catalogueCounts(admin, other.orgId)).toEqual(before);
  });

  it("refuses a price whose key exists with other terms (409) and writes nothing", async () => {
    const exported = (await api<Catalogue>("/v1/catalogue/export", test())).body;
    const changed = structuredClone(exported) as unknown as { products: Array<{ prices: Array<{ unit_amount: number }> }> };
    const before = await catalogueSnapshot(admin, orgId);
    const price = changed.products.find((product) => product.prices.length > 0)?.prices[0];
    if (price) price.unit_amount += 100;
    const response = await api<ApiError>("/v1/catalogue/import", { ...test(), body: { catalogue: changed } });
    expect([response.status, response.body.error.code]).toEqual([409, "price_conflict"]);
    expect(await catalogueSnapshot(admin, orgId)).toEqual(before);
  });
});
