import type { operations } from "../../../client/openapi";
import { dateRangeQuery, type ListFiltersOptions, sortQuery } from "../../elements/list-filters";
import type { SubscriptionStatus } from "../shared/status";

export type SubscriptionQuery = NonNullable<operations["listSubscriptions"]["parameters"]["query"]>;

/** The subscriptions list's filters, as kept in the address bar. */
export type SubscriptionFilters = {
  status: SubscriptionStatus | "";
  product: string;
  renews_from: string;
  renews_to: string;
  sort: "created:desc" | "created:asc" | "current_period_end:asc" | "current_period_end:desc";
};

export const SUBSCRIPTION_SORTS: Array<{ value: SubscriptionFilters["sort"]; label: string }> = [
  { value: "created:desc", label: "Newest first" },
  { value: "created:asc", label: "Oldest first" },
  { value: "current_period_end:asc", label: "Renews soonest" },
  { value: "current_period_end:desc", label: "Renews latest" },
];

/** What `ListFilters` needs to know of the subscriptions list's filters, besides how to load it. */
export const SUBSCRIPTION_FILTERS = {
  defaults: { status: "", product: "", renews_from: "", renews_to: "", sort: "created:desc" },
  choices: { sort: SUBSCRIPTION_SORTS },
} satisfies Omit<ListFiltersOptions<SubscriptionFilters, unknown>, "list">;

export function subscriptionApiQuery(filters: SubscriptionFilters): SubscriptionQuery {
  const query: SubscriptionQuery = {
    ...sortQuery<SubscriptionQuery>(filters.sort),
    ...dateRangeQuery("current_period_end", filters.renews_from, filters.renews_to),
  };
  if (filters.status) query.status = filters.status;
  if (filters.product) query.product = filters.product;
  return query;
}
