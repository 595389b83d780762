import type Stripe from "stripe";
import { errors } from "../http/errors";
import type { FormObject, FormValue } from "../http/form";
import { parseParams } from "../http/params";
import type { StoredObject } from "./store";

export const paginationShape = { limit: "integer", starting_after: "string", ending_before: "string" } as const;

/** Stripe's cursor pagination over a newest-first list. */
export function paginate<T extends StoredObject>(all: T[], input: FormObject, url: string, kind: string): Stripe.ApiList<T> {
  let items = all;
  const page = parseParams(
    { limit: input.limit ?? "", starting_after: input.starting_after ?? "", ending_before: input.ending_before ?? "" },
    paginationShape,
  );
  const limit = page.limit ?? 10;
  items = items.filter(createdFilter(input.created));
  if (limit < 1 || limit > 100)
    throw errors.invalidParam(
      "limit",
      "This value must be greater than or equal to 1 and less than or equal to 100.",
      "parameter_invalid_integer",
    );
  let start = 0;
  let end = items.length;
  if (page.starting_after) {
    const index = items.findIndex((item) => item.id === page.starting_after);
    if (index === -1) throw errors.notFound(kind, page.starting_after, "starting_after");
    start = index + 1;
  } else if (page.ending_before) {
    const index = items.findIndex((item) => item.id === page.ending_before);
    if (index === -1) throw errors.notFound(kind, page.ending_before, "ending_before");
    end = index;
    start = Math.max(0, end - limit);
  }
  const data = items.slice(start, Math.min(end, start + limit));
  const hasMore = page.ending_before ? start > 0 : start + limit < end;
  return { object: "list", data, has_more: hasMore, url };
}

/** Stripe's `created` list filter: an exact timestamp or a range (`created[gte]=…&created[lt]=…`). */
function createdFilter(created: FormValue | undefined): (item: StoredObject) => boolean {
  if (created === undefined || created === "") return () => true;
  const bound = (value: FormValue | undefined, param: string) => {
    if (value === undefined) return undefined;
    if (typeof value !== "string" || !/^\d+$/.test(value)) throw errors.invalidInteger(param, String(value));
    return Number(value);
  };
  if (typeof created === "string") {
    const exact = bound(created, "created");
    return (item) => (item as unknown as { created?: number }).created === exact;
  }
  if (Array.isArray(created)) throw errors.invalidParam("created", "Invalid created filter", "parameter_invalid");
  for (const key of Object.keys(created)) if (!["gt", "gte", "lt", "lte"].includes(key)) throw errors.unknownParam(`created[${key}]`);
  const gt = bound(created.gt, "created[gt]");
  const gte = bound(created.gte, "created[gte]");
  const lt = bound(created.lt, "created[lt]");
  const lte = bound(created.lte, "created[lte]");
  return (item) => {
    const at = (item as unknown as { created?: number }).created ?? 0;
    return (
      (gt === undefined || at > gt) && (gte === undefined || at >= gte) && (lt === undefined || at < lt) && (lte === undefined || at <= lte)
    );
  };
}

/** Takes the list params out of `input` so the rest can be checked against an endpoint's filters. */
export function withoutPagination(input: FormObject): FormObject {
  const { limit: _l, starting_after: _s, ending_before: _e, ...rest } = input;
  return rest;
}

/**
 * Stripe's search query language, the subset the worker uses: `field:'value'`, `metadata['key']:'value'`,
 * `field>number`, joined by AND / OR (not mixed, as Stripe requires).
 */
export function matchesQuery(object: Record<string, unknown>, query: string): boolean {
  const orParts = query.split(/\s+OR\s+/);
  const andParts = query.split(/\s+AND\s+/);
  const useOr = orParts.length > 1;
  const clauses = useOr ? orParts : andParts;
  const results = clauses.map((clause) => matchClause(object, clause.trim()));
  return useOr ? results.some(Boolean) : results.every(Boolean);
}

function matchClause(object: Record<string, unknown>, clause: string): boolean {
  const negate = clause.startsWith("-");
  const body = negate ? clause.slice(1) : clause;
  const match = /^([a-z_]+)(?:\[['"]([^'"]+)['"]\])?\s*(:|>=|<=|>|<)\s*(?:['"](.*)['"]|(\S+))$/.exec(body);
  if (!match) throw errors.badRequest(`Invalid search query: ${clause}`, "parameter_invalid", "query");
  const [, field = "", subkey, operator, quoted, bare] = match;
  const expected = quoted ?? bare ?? "";
  let actual = object[field];
  if (subkey !== undefined) actual = (actual as Record<string, unknown> | null)?.[subkey];
  let result: boolean;
  if (operator === ":") result = typeof actual === "string" ? actual.toLowerCase() === expected.toLowerCase() : String(actual) === expected;
  else {
    const a = Number(actual);
    const b = Number(expected);
    result = operator === ">" ? a > b : operator === "<" ? a < b : operator === ">=" ? a >= b : a <= b;
  }
  return negate ? !result : result;
}

export function searchResult<T>(data: T[], url: string, limit = 10): Stripe.ApiSearchResult<T> {
  return { object: "search_result", data: data.slice(0, limit), has_more: data.length > limit, next_page: null, url };
}
