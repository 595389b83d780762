import { collectionOf } from "../store/ids";
import { platformScope, type StoredObject } from "../store/store";
import type { ScopeContext } from "./context";
import { errors } from "./errors";

/**
 * Fields that Stripe only returns when asked for (`expand[]=confirmation_secret` on invoices), keyed by
 * `object` type. Each computes the value from current state.
 */
export type Includable = (ctx: ScopeContext, object: Record<string, unknown>) => unknown;
export const includables: Record<string, Record<string, Includable>> = {};

export function findById(ctx: ScopeContext, id: string): StoredObject | undefined {
  const collection = collectionOf(id);
  if (!collection) return undefined;
  // Accounts and application fees belong to the platform even when viewed from a connected account.
  const own = ctx.emulator.store.get(ctx.scope, collection, id);
  return own ?? ctx.emulator.store.get(platformScope(ctx.livemode), collection, id);
}

/** Objects whose ids carry no prefix (a coupon's id is the merchant's code), found by the field that names them. */
const UNPREFIXED: Record<string, string> = { coupon: "coupons" };

function expandPath(ctx: ScopeContext, node: unknown, path: string[], full: string): unknown {
  if (path.length === 0 || node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map((item) => expandPath(ctx, item, path, full));
  const record = node as Record<string, unknown>;
  const [field = "", ...rest] = path;
  if (record.object === "list" || record.object === "search_result") {
    if (field !== "data") throw errors.badRequest(`This property cannot be expanded (${full}).`, "parameter_invalid", "expand");
    record.data = (record.data as unknown[]).map((item) => expandPath(ctx, item, rest, full));
    return record;
  }
  const include = includables[String(record.object)]?.[field];
  let value = include ? include(ctx, record) : record[field];
  if (value === undefined) throw errors.badRequest(`This property cannot be expanded (${full}).`, "parameter_invalid", "expand");
  const resolve = (item: unknown) => {
    if (typeof item !== "string") return item;
    const unprefixed = UNPREFIXED[field];
    const found = findById(ctx, item) ?? (unprefixed ? ctx.emulator.store.get(ctx.scope, unprefixed, item) : undefined);
    return found ? structuredClone(found) : item;
  };
  value = Array.isArray(value) ? value.map(resolve) : resolve(value);
  record[field] = expandPath(ctx, value, rest, full);
  return record;
}

/** A copy of `object` with each `expand[]` path (`latest_invoice.confirmation_secret`, `data.customer`) resolved. */
export function expand<T>(ctx: ScopeContext, object: T, paths: string[]): T {
  if (paths.length === 0) return object;
  let copy: unknown = structuredClone(object);
  for (const path of paths) {
    const segments = path.split(".");
    if (segments.length > 4)
      throw errors.badRequest(`You cannot expand more than 4 levels of a property (${path}).`, "parameter_invalid", "expand");
    copy = expandPath(ctx, copy, segments, path);
  }
  return copy as T;
}
