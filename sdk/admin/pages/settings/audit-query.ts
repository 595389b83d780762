import type { operations } from "../../../client/openapi";
import { dateToSeconds } from "../../elements/list-filters";

export type AuditQuery = NonNullable<operations["listAuditLogEntries"]["parameters"]["query"]>;

/** The audit log's filters as the page keeps them, and as the address bar shows them (`?action=…&actor=…`). */
export interface AuditFilters {
  action: string;
  actor: string;
  record: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: "", actor: "", record: "", from: "", to: "" };

export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const read = (key: keyof AuditFilters) => params.get(key) ?? "";
  return { action: read("action"), actor: read("actor"), record: read("record"), from: read("from"), to: read("to") };
}

/** The API's query for these filters (empty ones left out; dates as the start and end of the day). */
export function auditApiQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = {};
  if (filters.action.trim()) query.action = filters.action.trim();
  if (filters.actor) query.actor_id = filters.actor;
  if (filters.record.trim()) query.target_id = filters.record.trim();
  const from = dateToSeconds(filters.from);
  const to = dateToSeconds(filters.to, true);
  if (from !== undefined) query["created[gte]"] = from;
  if (to !== undefined) query["created[lte]"] = to;
  return query;
}

/** "billing_settings.updated" → "Billing settings updated": the API's action in words. */
export function actionInWords(action: string): string {
  const words = action.replace(/[._]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The admin page of an audited record, by its type (`{id}` is the record's id); records without a page have none. */
const RECORD_PAGES: Record<string, string> = {
  customer: "customers/{id}",
  subscription: "subscriptions/{id}",
  product: "products/{id}",
  webhook_endpoint: "webhooks/{id}",
  api_key: "api-keys",
  invitation: "team",
  user: "team",
  organization: "settings",
  billing_settings: "settings/failed-payments",
  stripe_account: "settings/stripe",
};

/** The admin path of a record, when `pagePaths` (the admin's routes) has its page. */
export function recordHref(target: { type: string; id: string }, pagePaths: string[]): string | undefined {
  const page = RECORD_PAGES[target.type];
  if (!page || !pagePaths.includes(page.replace("{id}", ":id"))) return undefined;
  return `/admin/${page.replace("{id}", encodeURIComponent(target.id))}`;
}

/** One field an audited change touched, its values as short text. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const shown = (value: unknown): string =>
  value === undefined || value === null ? "—" : typeof value === "string" ? value : JSON.stringify(value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** `{ payout_schedule: { interval } }` → `{ "payout_schedule.interval": … }`, so a change names the field inside. */
function flatten(values: Record<string, unknown> | null, prefix = ""): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (isRecord(value) && Object.keys(value).length > 0) Object.assign(flat, flatten(value, `${prefix}${key}.`));
    else flat[`${prefix}${key}`] = value;
  }
  return flat;
}

/** The fields whose value differs between `before` and `after` (missing and null alike; a creation lists what it set). */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const from = flatten(before);
  const to = flatten(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null))
    .map((field) => ({ field, from: shown(from[field]), to: shown(to[field]) }));
}
