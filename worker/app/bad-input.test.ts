import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeRegistry } from "../auth/access";
import { openApiDocument } from "../routes/docs/docs.index";
import { adminSql, api, call, newApiKey, newOrganization } from "../test/fixtures";
import { buildApp } from "./routes";
import { MAX_UNIX_TIME } from "./schemas";

/**
 * Bad input on every route of the generated OpenAPI document: unreadable bodies, NUL bytes and lone
 * surrogates in every path, query and body string, unsafe object keys in every record, and
 * out-of-range timestamps. Each must be refused by the shared validation (400, or 415 for the
 * content type) in the error envelope, naming the param, and write nothing. The cases are derived
 * from the document, so a route added later is swept too.
 */

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  maximum?: number;
  format?: string;
  $ref?: string;
};
type Parameter = { name: string; in: "path" | "query" | "header"; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };

const document = openApiDocument(buildApp()) as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(document.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
const types = (schema: Schema) => [schema.type ?? []].flat();

const MARK = "\u0001mark\u0001";
const MARK_JSON = JSON.stringify(MARK);

/** A body for `schema` with MARK at one position, and that position's param; one per reachable string or record. */
function positions(schema: Schema, want: "string" | "record" | "timestamp", path: string[] = []): { value: unknown; path: string[] }[] {
  const s = resolve(schema);
  const branches = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  if (branches.length) return branches.flatMap((branch) => positions(branch, want, path)).slice(0, 1);
  const found: { value: unknown; path: string[] }[] = [];
  if (want === "string" && types(s).includes("string")) found.push({ value: MARK, path });
  if (want === "timestamp" && isTimestamp(path.at(-1) ?? "", s)) found.push({ value: MARK, path });
  if (s.properties) {
    for (const [key, property] of Object.entries(s.properties))
      for (const inner of positions(property, want, [...path, key])) found.push({ value: { [key]: inner.value }, path: inner.path });
  }
  if (typeof s.additionalProperties === "object") {
    if (want === "record") found.push({ value: MARK, path });
    else
      for (const inner of positions(s.additionalProperties, want, [...path, "k"]))
        found.push({ value: { k: inner.value }, path: inner.path });
  }
  if (s.items) for (const inner of positions(s.items, want, [...path, "0"])) found.push({ value: [inner.value], path: inner.path });
  return found;
}

const paramName = (path: string[]) =>
  (path[0] ?? "") +
  path
    .slice(1)
    .map((part) => `[${part}]`)
    .join("");

interface Case {
  name: string;
  path: Record<string, string>;
  query?: string;
  body?: BodyInit;
  contentType?: string;
  expect: { status: number; code: string; message: string | RegExp; param?: string };
}

const NUL = { raw: "a\u0000b", json: '"a\\u0000b"', message: "must not contain NUL (U+0000) characters." };
const SURROGATE = { raw: "a\ud800b", json: '"a\\ud800b"', message: "must be valid Unicode text (it contains an unpaired surrogate)." };
const invalid = (param: string, message: string) => ({
  status: 400,
  code: "parameter_invalid",
  param,
  message: `Invalid ${param}: ${message}`,
});
const OUT_OF_RANGE = `must be a Unix time in seconds, at most ${MAX_UNIX_TIME} (the end of year 9999).`;
const isTimestamp = (name: string, schema: Schema) =>
  types(schema).includes("integer") && (schema.maximum === MAX_UNIX_TIME || /^created\[|_time$|_at$|_date$|^trial_end$/.test(name));

function casesFor(operation: Operation): Case[] {
  const cases: Case[] = [];
  const parameters = operation.parameters ?? [];
  // Well-formed ids of nothing, so only the input under test is wrong.
  const pathParams = Object.fromEntries(
    parameters.filter((p) => p.in === "path").map((p) => [p.name, p.schema?.format === "uuid" ? crypto.randomUUID() : "obj_doesnotexist"]),
  );
  // Only NUL: a URL cannot carry a lone surrogate (%ED%A0%80 decodes to U+FFFD or stays encoded).
  for (const parameter of parameters.filter((p) => p.in === "path")) {
    cases.push({
      name: `NUL in path ${parameter.name}`,
      path: { ...pathParams, [parameter.name]: NUL.raw },
      expect: invalid(parameter.name, NUL.message),
    });
  }
  for (const parameter of parameters.filter((p) => p.in === "query")) {
    cases.push({
      name: `NUL in query ${parameter.name}`,
      path: pathParams,
      query: `${encodeURIComponent(parameter.name)}=a%00b`,
      expect: invalid(parameter.name, NUL.message),
    });
  }
  for (const parameter of parameters.filter((p) => p.in === "query" && isTimestamp(p.name, p.schema ?? {}))) {
    cases.push({
      name: `out-of-range ${parameter.name}`,
      path: pathParams,
      query: `${encodeURIComponent(parameter.name)}=99999999999999`,
      expect: invalid(parameter.name, OUT_OF_RANGE),
    });
  }
  const schema = operation.requestBody?.content["application/json"]?.schema;
  if (!schema) return cases;
  const json = "application/json";
  cases.push(
    {
      name: "malformed JSON",
      path: pathParams,
      body: '{"name": ',
      contentType: json,
      expect: { status: 400, code: "body_invalid", message: /^The request body is not valid JSON: ./ },
    },
    {
      name: "empty body",
      path: pathParams,
      body: "",
      contentType: json,
      expect: { status: 400, code: "body_missing", message: "The request body is empty; send a JSON object (at least {})." },
    },
  );
  for (const [label, contentType, body] of [
    ["text/plain", "text/plain", "{}"],
    ["form-encoded", "application/x-www-form-urlencoded", "name=x"],
    ["no Content-Type", undefined, new TextEncoder().encode("{}")],
  ] as const) {
    cases.push({
      name: label,
      path: pathParams,
      body,
      ...(contentType ? { contentType } : {}),
      expect: {
        status: 415,
        code: "unsupported_media_type",
        param: "Content-Type",
        message: `Send the request body as JSON with Content-Type: application/json (got ${contentType ?? "none"}).`,
      },
    });
  }
  // NUL at every string; a lone surrogate is found by the same walk, so once per route is enough.
  for (const [index, position] of positions(schema, "string").entries()) {
    for (const bad of index === 0 ? [NUL, SURROGATE] : [NUL]) {
      cases.push({
        name: `${bad === NUL ? "NUL" : "lone surrogate"} in body ${paramName(position.path)}`,
        path: pathParams,
        body: JSON.stringify(position.value).replace(MARK_JSON, bad.json),
        contentType: json,
        expect: invalid(paramName(position.path), bad.message),
      });
    }
  }
  for (const position of positions(schema, "timestamp")) {
    const param = paramName(position.path);
    cases.push({
      name: `out-of-range ${param}`,
      path: pathParams,
      body: JSON.stringify(position.value).replace(MARK_JSON, "99999999999999"),
      contentType: json,
      expect: invalid(param, OUT_OF_RANGE),
    });
  }
  for (const position of positions(schema, "record")) {
    for (const [key, value] of [
      ["__proto__", '{"x": "y"}'],
      ["constructor", '"x"'],
      ["prototype", '"x"'],
      ["a\\u0000", '"x"'],
    ] as const) {
      const param = paramName([...position.path, JSON.parse(`"${key}"`)]);
      cases.push({
        name: `key ${key} in ${paramName(position.path)}`,
        path: pathParams,
        body: JSON.stringify(position.value).replace(MARK_JSON, `{"${key}": ${value}, "a": "b"}`),
        contentType: json,
        expect: key.includes("\\u0000")
          ? invalid(param, NUL.message)
          : invalid(param, `"${JSON.parse(`"${key}"`)}" is not allowed as a key (it would change the object's prototype in JavaScript).`),
      });
    }
  }
  return cases;
}

const admin = adminSql();
let orgId: string;
const principals: Record<string, { auth: string; org?: string }> = {};

beforeAll(async () => {
  const created = await newOrganization("Bad Input Co");
  orgId = created.orgId;
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
/** Rows of every table that has an org_id, for this organisation, in one query. */
async function rowCounts(): Promise<Record<string, number>> {
  if (!countQuery) {
    const tables = await admin<{ name: string }[]>`
      select format('%I.%I', c.table_schema, c.table_name) as name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.column_name = 'org_id' and c.table_schema not in ('pg_catalog', 'information_schema')`;
    countQuery = tables
      .map(({ name }) => `select '${name}' as name, count(*)::int as n from ${name} where org_id = $1`)
      .join(" union all ");
  }
  const rows = await admin.unsafe<{ name: string; n: number }[]>(countQuery, [orgId]);
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

/** The first principal the route admits, most powerful first, so the request reaches validation. */
function principalFor(method: string, path: string) {
  const route = routeRegistry.find((r) => r.method === method && r.path === path);
  if (!route) return undefined;
  const kinds = route.access.principals;
  const kind = (["user", "secret_key", "customer_session", "publishable_key"] as const).find((k) => kinds.includes(k));
  return kind ? principals[kind] : undefined;
}

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation, cases: casesFor(operation) })),
);

describe("bad input on every route of the OpenAPI document", () => {
  it("covers the document", async () => {
    expect(operations.filter((o) => o.operation.requestBody).length).toBeGreaterThanOrEqual(37);
    expect(operations.filter((o) => o.path.includes("{")).length).toBeGreaterThanOrEqual(34);
    // The "nothing written" check sees this organisation's rows (its owner, keys and customer).
    expect(await rowCounts()).toMatchObject({ "public.memberships": 1, "public.api_keys": 2, "public.customers": 1 });
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
