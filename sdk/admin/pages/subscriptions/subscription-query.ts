import type { operations } from "../../../client/openapi";
import { dateToSeconds, type SubscriptionStatus } from "../shared/status";

export type SubscriptionQuery = NonNullable<operations["listSubscriptions"]["parameters"]["query"]>;

/** The subscriptions list's filters, as kept in the address bar. */
export interface SubscriptionFilters {
  status: SubscriptionStatus | "";
  product: string;
  renews_from: string;
  renews_to: string;
  sort: "created:desc" | "created:asc" | "current_period_end:asc" | "current_period_end:desc";
}

export const SUBSCRIPTION_SORTS: Array<{ value: SubscriptionFilters["sort"]; label: string }> = [
  { value: "created:desc", label: "Newest first" },
  { value: "created:asc", label: "Oldest first" },
  { value: "current_period_end:asc", label: "Renews soonest" },
  { value: "current_period_end:desc", label: "Renews latest" },
];

export const NO_SUBSCRIPTION_FILTERS: SubscriptionFilters = {
  status: "",
  product: "",
  renews_from: "",
  renews_to: "",
  sort: "created:desc",
};

export function subscriptionFiltersFromSearch(search: string): SubscriptionFilters {
  const params = new URLSearchParams(search);
  return {
    status: (params.get("status") as SubscriptionStatus | null) ?? "",
    product: params.get("product") ?? "",
    renews_from: params.get("renews_from") ?? "",
    renews_to: params.get("renews_to") ?? "",
    sort: SUBSCRIPTION_SORTS.find((s) => s.value === params.get("sort"))?.value ?? NO_SUBSCRIPTION_FILTERS.sort,
  };
}

export function subscriptionFiltersToSearch(filters: SubscriptionFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value && !(key === "sort" && value === NO_SUBSCRIPTION_FILTERS.sort)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function subscriptionApiQuery(filters: SubscriptionFilters): SubscriptionQuery {
  const [sort, order] = filters.sort.split(":") as [SubscriptionQuery["sort"], SubscriptionQuery["order"]];
  const query: SubscriptionQuery = { sort, order };
  if (filters.status) query.status = filters.status;
  if (filters.product) query.product = filters.product;
  const from = dateToSeconds(filters.renews_from);
  const to = dateToSeconds(filters.renews_to, true);
  if (from !== undefined) query["current_period_end[gte]"] = from;
  if (to !== undefined) query["current_period_end[lte]"] = to;
  return query;
}
