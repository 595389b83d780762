import { MAX_UNIX_TIME } from "../shared/schemas";

/**
 * The bad-input cases of app/bad-input.test.ts, derived from the OpenAPI document: for each
 * operation, requests with one bad input each (a NUL in every path and query parameter and in every
 * body string, a lone surrogate, prototype keys in every free-form object, out-of-range times,
 * unreadable bodies) and the refusal each must get.
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
  required?: string[];
  example?: unknown;
  enum?: unknown[];
  $ref?: string;
};
type Parameter = { name: string; in: "path" | "query" | "header"; schema?: Schema };
export type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}
let document: OpenApiDocument;

const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(document.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
const types = (schema: Schema) => [schema.type ?? []].flat();

const MARK = "\u0001mark\u0001";
const MARK_JSON = JSON.stringify(MARK);

interface Position {
  value: unknown;
  path: string[];
  /** Under a free-form object (metadata, currency_options). */
  inRecord?: boolean;
}

/** A body for `schema` with MARK at one position, and that position's param; one per reachable string or record. */
function positions(schema: Schema, want: "string" | "record" | "timestamp", path: string[] = []): Position[] {
  const s = resolve(schema);
  const branches = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  if (branches.length) return branches.flatMap((branch) => positions(branch, want, path)).slice(0, 1);
  const found: Position[] = [];
  if (want === "string" && types(s).includes("string")) found.push({ value: MARK, path });
  if (want === "timestamp" && isTimestamp(path.at(-1) ?? "", s)) found.push({ value: MARK, path });
  if (s.properties) {
    for (const [key, property] of Object.entries(s.properties))
      for (const inner of positions(property, want, [...path, key])) found.push({ ...inner, value: { [key]: inner.value } });
  }
  if (typeof s.additionalProperties === "object") {
    if (want === "record") found.push({ value: MARK, path });
    else
      for (const inner of positions(s.additionalProperties, want, [...path, "k"]))
        found.push({ ...inner, value: { k: inner.value }, inRecord: true });
  }
  if (s.items) for (const inner of positions(s.items, want, [...path, "0"])) found.push({ ...inner, value: [inner.value] });
  return found;
}

/** A plausible value of `schema`: its example, else its first enum value or branch, else one of its type. */
function sampleOf(schema: Schema): unknown {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  const branch = s.anyOf?.[0] ?? s.oneOf?.[0];
  if (branch) return sampleOf(branch);
  const type = types(s)[0];
  return type === "integer" || type === "number" ? 1 : type === "boolean" ? true : type === "object" ? requiredFields(s) : "x";
}

/** The top-level required fields of an object schema, each with a plausible value. */
function requiredFields(schema: Schema): Record<string, unknown> {
  const s = resolve(schema);
  return Object.fromEntries((s.required ?? []).map((name) => [name, sampleOf(s.properties?.[name] ?? {})]));
}

const paramName = (path: string[]) =>
  (path[0] ?? "") +
  path
    .slice(1)
    .map((part) => `[${part}]`)
    .join("");

export interface Case {
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
  // NUL at every string; a lone surrogate is found by the same walk, so at the first string and in
  // free-form values (metadata) is enough.
  for (const [index, position] of positions(schema, "string").entries()) {
    for (const bad of index === 0 || position.inRecord ? [NUL, SURROGATE] : [NUL]) {
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
      // With the body's other required fields, so the time is the only thing wrong with it.
      body: JSON.stringify({ ...requiredFields(schema), ...(position.value as object) }).replace(MARK_JSON, "99999999999999"),
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

/** Every operation of `openApi` with its cases. */
export function badInputCases(openApi: OpenApiDocument) {
  document = openApi;
  return Object.entries(openApi.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation, cases: casesFor(operation) })),
  );
}
