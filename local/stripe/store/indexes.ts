import type { StoredObject } from "./store";

/** The id an expandable field holds, whether it is stored as an id or as the object. */
const idOf = (value: unknown): string | undefined =>
  typeof value === "string"
    ? value
    : typeof value === "object" && value !== null
      ? ((value as { id?: string }).id ?? undefined)
      : undefined;

type Extract = (object: Record<string, unknown>) => string | undefined;
const field =
  (name: string): Extract =>
  (object) =>
    idOf(object[name]);
const parentSubscription: Extract = (object) =>
  idOf((object.parent as { subscription_details?: { subscription?: unknown } } | null | undefined)?.subscription_details?.subscription);

/**
 * The fields lists and lookups filter on, per collection: what a customer, subscription or invoice
 * owns. Without them every such list scanned the whole collection, so a state grown by benchmarks
 * and months of test clocks slowed every checkout.
 */
export const INDEXED_FIELDS: Record<string, Record<string, Extract>> = {
  subscriptions: { customer: field("customer") },
  subscription_schedules: { customer: field("customer"), subscription: field("subscription") },
  invoices: { customer: field("customer"), subscription: parentSubscription },
  invoiceitems: { customer: field("customer"), invoice: field("invoice"), subscription: parentSubscription },
  invoice_payments: { invoice: field("invoice") },
  payment_methods: { customer: field("customer") },
  payment_intents: { customer: field("customer") },
  setup_intents: { customer: field("customer") },
  charges: { customer: field("customer"), payment_intent: field("payment_intent") },
  refunds: { charge: field("charge"), payment_intent: field("payment_intent") },
};

/**
 * Secondary indexes over the store's collections, kept in step by every put and remove. Each object
 * also has a sequence number that follows the collection's insertion order, so a lookup answers in
 * exactly the order `Store.all` would (newest first), without scanning.
 */
export class FieldIndexes {
  /** `scope\0collection\0field\0value` → ids */
  private readonly entries = new Map<string, Set<string>>();
  /** `scope\0collection\0id` → the values indexed for it now (objects are also changed in place before a put) */
  private readonly indexed = new Map<string, Map<string, string>>();
  private readonly sequence = new Map<string, number>();
  private next = 0;

  put(scope: string, collection: string, object: StoredObject) {
    const key = `${scope}\0${collection}\0${object.id}`;
    if (!this.sequence.has(key)) this.sequence.set(key, this.next++);
    const fields = INDEXED_FIELDS[collection];
    if (!fields) return;
    const before = this.indexed.get(key) ?? new Map<string, string>();
    const after = new Map<string, string>();
    for (const [name, extract] of Object.entries(fields)) {
      const value = extract(object as unknown as Record<string, unknown>);
      if (value !== undefined) after.set(name, value);
      if (before.get(name) === value) continue;
      const old = before.get(name);
      if (old !== undefined) this.entries.get(`${scope}\0${collection}\0${name}\0${old}`)?.delete(object.id);
      if (value !== undefined) this.set(`${scope}\0${collection}\0${name}\0${value}`).add(object.id);
    }
    this.indexed.set(key, after);
  }

  remove(scope: string, collection: string, id: string) {
    const key = `${scope}\0${collection}\0${id}`;
    this.sequence.delete(key);
    for (const [name, value] of this.indexed.get(key) ?? []) this.entries.get(`${scope}\0${collection}\0${name}\0${value}`)?.delete(id);
    this.indexed.delete(key);
  }

  /** Ids whose `field` is `value`, newest first; throws for a field that is not indexed (a scan would hide in here). */
  ids(scope: string, collection: string, name: string, value: string): string[] {
    if (!INDEXED_FIELDS[collection]?.[name]) throw new Error(`${collection}.${name} is not indexed (see INDEXED_FIELDS)`);
    const ids = [...(this.entries.get(`${scope}\0${collection}\0${name}\0${value}`) ?? [])];
    const position = (id: string) => this.sequence.get(`${scope}\0${collection}\0${id}`) ?? 0;
    return ids.sort((a, b) => position(b) - position(a));
  }

  private set(key: string): Set<string> {
    const ids = this.entries.get(key) ?? new Set<string>();
    this.entries.set(key, ids);
    return ids;
  }
}
