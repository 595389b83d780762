import type { Fragment, TransactionSql } from "postgres";
import { listPage, type PageQuery, type PageSort } from "../db/paginate";
import { type CustomerRow, customerObject } from "./customers";
import { filtersSubscriptions, type SubscriptionFilter, subscriptionConditions } from "./subscriptions/subscription-filters";

/** The customer object the API shows (also the payload of customer events). */
export const serializeCustomer = customerObject;

export const CUSTOMER_SORTS = ["created", "name", "email"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

/** What the customer list may be narrowed and ordered by, besides the page. */
export interface CustomerListQuery extends PageQuery, SubscriptionFilter {
  search?: string | undefined;
  email?: string | undefined;
  external_id?: string | undefined;
  "created[gte]"?: number | undefined;
  "created[lte]"?: number | undefined;
  sort?: CustomerSort | undefined;
  order?: "asc" | "desc" | undefined;
}

/**
 * The order of the list. Names and e-mails sort case-insensitively, a missing one as empty (first
 * A→Z); each key has an index (migration 20261204040000) that ends in id, as the cursor compares.
 */
export function customerSort(tx: TransactionSql, query: Pick<CustomerListQuery, "sort" | "order">): PageSort {
  const sort = query.sort ?? "created";
  const key = sort === "created" ? tx`created` : sort === "name" ? tx`lower(coalesce(name, ''))` : tx`lower(coalesce(email, ''))`;
  // Newest first by default; names and e-mails A→Z.
  return { key, descending: (query.order ?? (sort === "created" ? "desc" : "asc")) === "desc" };
}

/**
 * Search under row-level security: Postgres may not use an index for LIKE there (the operator is
 * not LEAKPROOF), so a search is classified first. A broad one (a domain, a common name, two
 * letters) matches at least BROAD_IN_PROBE of the newest PROBE_ROWS customers: the list reads its
 * own index in order and finds a page within a few hundred rows. A narrow one asks
 * tenant.customer_search (migration 20261204040200), which reads the trigram indexes as their
 * owner, for its ids; should it match more than SEARCH_CAP, the search is treated as broad.
 * bench/customer-search.ts measures both at 100,000 customers.
 */
const PROBE_ROWS = 2000;
const BROAD_IN_PROBE = 20;
export const SEARCH_CAP = 500;
type SearchMatches = string[] | "broad" | undefined;

/**
 * The customers a search matches: their ids, or `broad`. Read before the list query is written (a
 * fragment must not be returned from an async function: it is a thenable, and awaiting it would
 * run it as a query of its own).
 */
export async function searchMatches(tx: TransactionSql, search: string | undefined): Promise<SearchMatches> {
  if (!search) return undefined;
  const like = likePattern(search);
  const [probe] = await tx<{ n: number }[]>`
    select count(*)::int as n
    from (select email, name, external_id from customers where deleted_at is null order by created desc, id desc limit ${PROBE_ROWS}) recent
    where lower(email) like ${like} or lower(name) like ${like} or external_id = ${search}`;
  if ((probe?.n ?? 0) < BROAD_IN_PROBE) {
    const found = await tx<{ id: string }[]>`
      select tenant.customer_search(${like}::text, ${search}::text, ${SEARCH_CAP + 1}::integer) as id`;
    if (found.length <= SEARCH_CAP) return found.map((row) => row.id);
  }
  // The planner cannot know the LIKE is broad (it guesses a handful of rows and would sort a full
  // scan); without sorting it walks the index of the requested order and stops at the page.
  await tx`set local enable_sort = off`;
  return "broad";
}

const likePattern = (search: string) => `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function searchCondition(tx: TransactionSql, search: string, matches: SearchMatches): Fragment {
  if (matches === "broad") {
    const like = likePattern(search);
    return tx`and (lower(email) like ${like} or lower(name) like ${like} or external_id = ${search})`;
  }
  return matches?.length ? tx`and id in ${tx(matches)}` : tx`and false`;
}

/**
 * The conditions of a customer list or export: live (not deleted) customers matching every filter;
 * `matches` is what searchMatches found for `query.search`.
 */
export function customerConditions(tx: TransactionSql, query: CustomerListQuery, matches: SearchMatches): Fragment {
  const gte = query["created[gte]"];
  const lte = query["created[lte]"];
  return tx`deleted_at is null
    ${query.search ? searchCondition(tx, query.search, matches) : tx``}
    ${query.email ? tx`and lower(email) = lower(${query.email})` : tx``}
    ${query.external_id ? tx`and external_id = ${query.external_id}` : tx``}
    ${gte !== undefined ? tx`and created >= to_timestamp(${gte})` : tx``}
    ${lte !== undefined ? tx`and created < to_timestamp(${lte + 1})` : tx``}
    ${
      filtersSubscriptions(query)
        ? tx`and exists (select 1 from subscriptions where subscriptions.customer_id = customers.id ${subscriptionConditions(tx, query)})`
        : tx``
    }`;
}

/**
 * A page of customers narrowed by search, e-mail, external id, creation time and their
 * subscriptions (any one of them with that status and plan), in the requested order.
 */
export async function listCustomers(tx: TransactionSql, query: CustomerListQuery, url: string) {
  return listPage<CustomerRow, ReturnType<typeof serializeCustomer>>(tx, {
    table: "customers",
    where: customerConditions(tx, query, await searchMatches(tx, query.search)),
    query,
    url,
    map: serializeCustomer,
    sort: customerSort(tx, query),
  });
}
