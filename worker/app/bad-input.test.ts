import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeRegistry } from "../auth/access";
import { openApiDocument } from "../routes/docs/docs.index";
import { badInputCases, type OpenApiDocument } from "../test/bad-input-cases";
import { adminSql, api, call, newApiKey, newOrganization } from "../test/fixtures";
import { buildApp } from "./routes";

/**
 * Bad input on every route of the generated OpenAPI document: unreadable bodies, NUL bytes and lone
 * surrogates in every path, query and body string, unsafe object keys in every record, and
 * out-of-range timestamps. Each must be refused by the shared validation (400, or 415 for the
 * content type) in the error envelope, naming the param, and write nothing. The cases are derived
 * from the document, so a route added later is swept too.
 */

const admin = adminSql();
let orgId: string;
let ownerId: string;
const principals: Record<string, { auth: string; org?: string }> = {};

beforeAll(async () => {
  const created = await newOrganization("Bad Input Co");
  orgId = created.orgId;
  ownerId = created.owner.userId;
  principals.user = { auth: created.owner.token, org: orgId };
  principals.secret_key = { auth: (await newApiKey(admin, orgId)).key };
  principals.publishable_key = { auth: (await newApiKey(admin, orgId, { type: "publishable" })).key };
  const customer = await api<{ id: string }>("/v1/customers", { auth: principals.secret_key.auth, body: { name: "Sweep" } });
  const session = await api<{ token: string }>("/v1/customer_sessions", {
    auth: principals.secret_key.auth,
    body: { customer: customer.body.id },
  });
  principals.customer_session = { auth: session.body.token };
});
afterAll(() => admin.end());

let countQuery: string | undefined;
/**
 * Rows of every table that has an org_id, for this organisation, in one query; plus the owner's
 * memberships, which user-scoped routes (create an organisation, accept an invitation) would add.
 */
async function rowCounts(): Promise<Record<string, number>> {
  if (!countQuery) {
    const tables = await admin<{ name: string }[]>`
      select format('%I.%I', c.table_schema, c.table_name) as name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.column_name = 'org_id' and c.table_schema not in ('pg_catalog', 'information_schema')`;
    countQuery = tables
      .map(({ name }) => `select '${name}' as name, count(*)::int as n from ${name} where org_id = $1`)
      .concat(["select 'owner memberships' as name, count(*)::int as n from public.memberships where user_id = $2::uuid"])
      .join(" union all ");
  }
  const rows = await admin.unsafe<{ name: string; n: number }[]>(countQuery, [orgId, ownerId]);
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

/** The first principal the route admits (a secret key where it may: cheaper to check than a login), so the request reaches validation. */
function principalFor(method: string, path: string) {
  const route = routeRegistry.find((r) => r.method === method && r.path === path);
  if (!route) return undefined;
  const kinds = route.access.principals;
  const kind = (["secret_key", "user", "customer_session", "publishable_key"] as const).find((k) => kinds.includes(k));
  return kind ? principals[kind] : undefined;
}

const operations = badInputCases(openApiDocument(buildApp()) as unknown as OpenApiDocument);

describe("bad input on every route of the OpenAPI document", () => {
  it("covers the document", async () => {
    expect(operations.filter((o) => o.operation.requestBody).length).toBeGreaterThanOrEqual(37);
    expect(operations.filter((o) => o.path.includes("{")).length).toBeGreaterThanOrEqual(34);
    // The "nothing written" check sees this organisation's rows (its owner, keys and customer).
    expect(await rowCounts()).toMatchObject({
      "public.memberships": 1,
      "public.api_keys": 2,
      "public.customers": 1,
      "owner memberships": 1,
    });
  });

  for (const { method, path, cases } of operations.filter((o) => o.cases.length > 0)) {
    it(`${method} ${path}`, async () => {
      const principal = principalFor(method, path);
      expect(principal, "a route with inputs must be in the access registry").toBeDefined();
      const before = await rowCounts();
      const failures = await Promise.all(
        cases.map(async (testCase) => {
          const url =
            path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(testCase.path[name] ?? "")) +
            (testCase.query ? `?${testCase.query}` : "");
          const headers: Record<string, string> = { Authorization: `Bearer ${principal?.auth}` };
          if (principal?.org) headers["BillingOS-Organization"] = principal.org;
          if (testCase.contentType) headers["content-type"] = testCase.contentType;
          const response = await call(url, { method, headers, ...(testCase.body !== undefined ? { body: testCase.body } : {}) });
          const text = await response.text();
          let error: Record<string, unknown> = {};
          try {
            error = JSON.parse(text).error ?? {};
          } catch {}
          const { status, code, message, param } = testCase.expect;
          const messageOk = typeof message === "string" ? error.message === message : message.test(String(error.message));
          if (response.status === status && error.code === code && messageOk && error.param === param && error.request_id) return [];
          return [
            `${testCase.name}: expected ${status} ${code} ${param ?? "-"} "${message}", got ${response.status} ${text.slice(0, 300)}`,
          ];
        }),
      ).then((lists) => lists.flat());
      expect(failures).toEqual([]);
      expect(await rowCounts()).toEqual(before);
    });
  }
});
