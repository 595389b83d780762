import type { operations } from "../../../client/openapi";
import { dateRangeQuery, type ListFiltersOptions, sortQuery } from "../../elements/list-filters";
import type { SubscriptionStatus } from "../shared/status";

export type CustomerQuery = NonNullable<operations["listCustomers"]["parameters"]["query"]>;

/** The list's filters as the page keeps them (and as they appear in the address bar, for deep links). */
export type CustomerFilters = {
  search: string;
  status: SubscriptionStatus | "";
  product: string;
  created_from: string;
  created_to: string;
  sort: "created:desc" | "created:asc" | "name:asc" | "name:desc" | "email:asc" | "email:desc";
};

export const SORTS: Array<{ value: CustomerFilters["sort"]; label: string }> = [
  { value: "created:desc", label: "Newest first" },
  { value: "created:asc", label: "Oldest first" },
  { value: "name:asc", label: "Name A–Z" },
  { value: "name:desc", label: "Name Z–A" },
  { value: "email:asc", label: "E-mail A–Z" },
  { value: "email:desc", label: "E-mail Z–A" },
];

/** What `ListFilters` needs to know of the customers list's filters, besides how to load it. */
export const CUSTOMER_FILTERS = {
  defaults: { search: "", status: "", product: "", created_from: "", created_to: "", sort: "created:desc" },
  choices: { sort: SORTS },
  typed: ["search"],
} satisfies Omit<ListFiltersOptions<CustomerFilters, unknown>, "list">;

/** The API's query for these filters: `GET /v1/customers` (a page) and its CSV export take the same. */
export function apiQuery(filters: CustomerFilters): CustomerQuery {
  const query: CustomerQuery = {
    ...sortQuery<CustomerQuery>(filters.sort),
    ...dateRangeQuery("created", filters.created_from, filters.created_to),
  };
  const search = filters.search.trim();
  if (search) query.search = search;
  if (filters.status) query.status = filters.status;
  if (filters.product) query.product = filters.product;
  return query;
}
