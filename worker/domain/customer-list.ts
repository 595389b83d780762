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

/** The conditions of a customer list or export: live (not deleted) customers matching every filter. */
export function customerConditions(tx: TransactionSql, query: CustomerListQuery): Fragment {
  const like = query.search ? `%${query.search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%` : undefined;
  const gte = query["created[gte]"];
  const lte = query["created[lte]"];
  return tx`deleted_at is null
    ${like ? tx`and (lower(email) like ${like} or lower(name) like ${like} or external_id = ${query.search ?? ""})` : tx``}
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
export function listCustomers(tx: TransactionSql, query: CustomerListQuery, url: string) {
  return listPage<CustomerRow, ReturnType<typeof serializeCustomer>>(tx, {
    table: "customers",
    where: customerConditions(tx, query),
    query,
    url,
    map: serializeCustomer,
    sort: customerSort(tx, query),
  });
}
