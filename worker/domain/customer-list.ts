import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../db/paginate";
import { type CustomerRow, customerObject } from "./customers";

/** The customer object the API shows (also the payload of customer events). */
export const serializeCustomer = customerObject;

/** What the customer list may be narrowed by, besides the page. */
export interface CustomerListQuery extends PageQuery {
  search?: string;
  email?: string;
  external_id?: string;
  "created[gte]"?: number;
  "created[lte]"?: number;
}

/** A page of live (not deleted) customers, newest first, narrowed by search, e-mail, external id and creation time. */
export function listCustomers(tx: TransactionSql, query: CustomerListQuery, url: string) {
  const like = query.search ? `%${query.search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%` : undefined;
  const gte = query["created[gte]"];
  const lte = query["created[lte]"];
  const where = tx`deleted_at is null
    ${like ? tx`and (lower(email) like ${like} or lower(name) like ${like} or external_id = ${query.search ?? ""})` : tx``}
    ${query.email ? tx`and lower(email) = lower(${query.email})` : tx``}
    ${query.external_id ? tx`and external_id = ${query.external_id}` : tx``}
    ${gte !== undefined ? tx`and created >= to_timestamp(${gte})` : tx``}
    ${lte !== undefined ? tx`and created < to_timestamp(${lte + 1})` : tx``}`;
  return listPage<CustomerRow, ReturnType<typeof serializeCustomer>>(tx, {
    table: "customers",
    where,
    query,
    url,
    map: serializeCustomer,
  });
}
