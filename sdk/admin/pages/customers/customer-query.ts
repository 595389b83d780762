import type { operations } from "../../../client/openapi";
import type { SubscriptionStatus } from "../shared/status";
import { dateToSeconds } from "../shared/status";

export type CustomerQuery = NonNullable<operations["listCustomers"]["parameters"]["query"]>;

/** The list's filters as the page keeps them (and as they appear in the address bar, for deep links). */
export interface CustomerFilters {
  search: string;
  status: SubscriptionStatus | "";
  product: string;
  created_from: string;
  created_to: string;
  sort: "created:desc" | "created:asc" | "name:asc" | "name:desc" | "email:asc" | "email:desc";
}

export const SORTS: Array<{ value: CustomerFilters["sort"]; label: string }> = [
  { value: "created:desc", label: "Newest first" },
  { value: "created:asc", label: "Oldest first" },
  { value: "name:asc", label: "Name A–Z" },
  { value: "name:desc", label: "Name Z–A" },
  { value: "email:asc", label: "E-mail A–Z" },
  { value: "email:desc", label: "E-mail Z–A" },
];

export const NO_FILTERS: CustomerFilters = { search: "", status: "", product: "", created_from: "", created_to: "", sort: "created:desc" };

export function filtersFromSearch(search: string): CustomerFilters {
  const params = new URLSearchParams(search);
  const sort = SORTS.find((s) => s.value === params.get("sort"))?.value ?? NO_FILTERS.sort;
  return {
    search: params.get("search") ?? "",
    status: (params.get("status") as SubscriptionStatus | null) ?? "",
    product: params.get("product") ?? "",
    created_from: params.get("created_from") ?? "",
    created_to: params.get("created_to") ?? "",
    sort,
  };
}

/** The address bar's query for these filters (empty ones left out). */
export function filtersToSearch(filters: CustomerFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value && !(key === "sort" && value === NO_FILTERS.sort)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The API's query for these filters: `GET /v1/customers` (a page) and its CSV export take the same. */
export function apiQuery(filters: CustomerFilters): CustomerQuery {
  const [sort, order] = filters.sort.split(":") as [CustomerQuery["sort"], CustomerQuery["order"]];
  const query: CustomerQuery = { sort, order };
  const search = filters.search.trim();
  if (search) query.search = search;
  if (filters.status) query.status = filters.status;
  if (filters.product) query.product = filters.product;
  const from = dateToSeconds(filters.created_from);
  const to = dateToSeconds(filters.created_to, true);
  if (from !== undefined) query["created[gte]"] = from;
  if (to !== undefined) query["created[lte]"] = to;
  return query;
}
