/**
 * What a client built against the released `openapi.json` would lose in the current one: a route,
 * an operationId, a response field (or its promise to be present), an enum value, or a request
 * field that became required.
 * Each change is one line of text, so `openapi-changes.json` can accept it by quoting it.
 * Additions (routes, fields, enum values, optional inputs) are never breaking.
 */
type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
export type OpenApiDocument = {
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Schema> };
};

const METHODS = ["get", "put", "post", "delete", "patch"];

/** Every field of a schema as `path` → its enum values and whether it is required, `$ref`s followed. */
function fieldsOf(
  document: OpenApiDocument,
  schema: Schema | undefined,
  path: string,
  required: boolean,
  out: Map<string, { required: boolean; values: Set<string> }>,
  seen: string[] = [],
) {
  if (!schema) return;
  if (schema.$ref) {
    if (seen.includes(schema.$ref)) return;
    const name = schema.$ref.replace("#/components/schemas/", "");
    fieldsOf(document, document.components?.schemas?.[name], path, required, out, [...seen, schema.$ref]);
    return;
  }
  const field = out.get(path) ?? { required: false, values: new Set<string>() };
  field.required ||= required;
  for (const value of schema.enum ?? []) field.values.add(JSON.stringify(value));
  if ("const" in schema) field.values.add(JSON.stringify(schema.const));
  out.set(path, field);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    fieldsOf(document, property, `${path}.${name}`, required && (schema.required ?? []).includes(name), out, seen);
  }
  if (schema.items) fieldsOf(document, schema.items, `${path}[]`, false, out, seen);
  if (typeof schema.additionalProperties === "object") fieldsOf(document, schema.additionalProperties, `${path}{}`, false, out, seen);
  // Variants merge: a field any variant has is a field the client may read or send.
  for (const variant of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    fieldsOf(document, variant, path, required && schema.allOf !== undefined, out, seen);
  }
}

function operationsOf(document: OpenApiDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) if (item[method]) operations.set(`${method.toUpperCase()} ${path}`, item[method] as Operation);
  }
  return operations;
}

function responseFields(document: OpenApiDocument, operation: Operation) {
  const out = new Map<string, { required: boolean; values: Set<string> }>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    for (const [type, media] of Object.entries(response.content ?? {})) fieldsOf(document, media.schema, `${status} ${type}`, true, out);
  }
  return out;
}

function requestFields(document: OpenApiDocument, operation: Operation) {
  const out = new Map<string, { required: boolean; values: Set<string> }>();
  for (const parameter of operation.parameters ?? []) {
    fieldsOf(document, parameter.schema ?? {}, `${parameter.in}.${parameter.name}`, parameter.required === true, out);
  }
  for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
    fieldsOf(document, media.schema, `body ${type}`, operation.requestBody?.required === true, out);
  }
  return out;
}

/** The breaking changes from `released` to `current`, one line each, sorted. */
export function breakingChanges(released: OpenApiDocument, current: OpenApiDocument): string[] {
  const changes: string[] = [];
  const now = operationsOf(current);
  for (const [route, before] of operationsOf(released)) {
    const after = now.get(route);
    if (!after) {
      changes.push(`removed route: ${route}`);
      continue;
    }
    if (before.operationId && before.operationId !== after.operationId) {
      changes.push(`changed operationId: ${route} ${before.operationId} → ${after.operationId ?? "(none)"}`);
    }
    const responsesAfter = responseFields(current, after);
    for (const [field, { required, values }] of responseFields(released, before)) {
      const kept = responsesAfter.get(field);
      if (!kept) changes.push(`removed response field: ${route} ${field}`);
      else if (required && !kept.required) changes.push(`response field no longer always present: ${route} ${field}`);
      if (kept)
        for (const value of values)
          if (kept.values.size > 0 && !kept.values.has(value)) changes.push(`removed enum value: ${route} ${field} ${value}`);
    }
    const requestBefore = requestFields(released, before);
    for (const [field, { required, values }] of requestFields(current, after)) {
      const old = requestBefore.get(field);
      if (required && !old?.required) changes.push(`newly required request field: ${route} ${field}`);
      if (old)
        for (const value of old.values)
          if (values.size > 0 && !values.has(value)) changes.push(`removed enum value: ${route} ${field} ${value}`);
    }
  }
  return changes.sort();
}

export interface AcceptedChange {
  change: string;
  reason: string;
}

/** The breaking changes that `openapi-changes.json` does not accept. */
export function unrecordedChanges(released: OpenApiDocument, current: OpenApiDocument, accepted: AcceptedChange[]): string[] {
  const recorded = new Set(accepted.filter(({ reason }) => reason.trim().length > 0).map(({ change }) => change));
  return breakingChanges(released, current).filter((change) => !recorded.has(change));
}
