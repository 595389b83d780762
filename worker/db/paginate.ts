import type { Fragment, TransactionSql } from "postgres";
import { InvalidRequestError } from "../shared/errors";
import { DEFAULT_LIMIT, MAX_LIMIT } from "../shared/schemas";

export interface PageQuery {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

export interface Page<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

/**
 * The order of a list: rows sort by (`key`, id), so rows that tie on the key (same name, same
 * second) are split by id and a page boundary between them never skips or repeats one. `key` is a
 * non-null expression over the table's columns (an index should follow it).
 */
export interface PageSort {
  key: Fragment;
  descending: boolean;
}

/**
 * Stripe-style cursor pagination over `table`, newest first (created desc, id desc — the order
 * every list index follows) unless `sort` says otherwise. The cursor is an object id; its position
 * is that row's sort key, read in SQL. Row-level security already limits rows to the tenant, so a
 * cursor from another organisation is simply not found (400, as Stripe answers an unknown cursor).
 */
export async function listPage<Row extends { id: string }, T>(
  tx: TransactionSql,
  options: { table: string; where?: Fragment; query: PageQuery; url: string; map: (row: Row) => T; sort?: PageSort },
): Promise<Page<T>> {
  const { query } = options;
  if (query.starting_after && query.ending_before) {
    throw new InvalidRequestError("parameter_invalid", "Pass starting_after or ending_before, not both.", "ending_before");
  }
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const table = tx(options.table);
  const where = options.where ?? tx`true`;
  const cursorParam = query.starting_after ? "starting_after" : "ending_before";
  const cursorId = query.starting_after ?? query.ending_before;
  const { key, descending } = options.sort ?? { key: tx`created`, descending: true };
  // Walking back from `ending_before` reads the rows in the opposite order, then turns the page round.
  const backwards = Boolean(query.ending_before);
  const fetchDescending = descending !== backwards;
  let cursor: Fragment = tx`true`;
  if (cursorId) {
    const [found] = await tx`select 1 from ${table} where id = ${cursorId} and ${where}`;
    if (!found) throw new InvalidRequestError("resource_missing", `No such object: ${cursorId}.`, cursorParam);
    // Compared in SQL: timestamps have microseconds, which a JS Date would round away.
    const position = tx`(select ${key}, id from ${table} where id = ${cursorId})`;
    cursor = fetchDescending ? tx`(${key}, id) < ${position}` : tx`(${key}, id) > ${position}`;
  }
  const rows = await tx<Row[]>`
    select * from ${table} where ${where} and ${cursor}
    order by ${fetchDescending ? tx`${key} desc, id desc` : tx`${key} asc, id asc`} limit ${limit + 1}`;
  const has_more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  return { object: "list", data: page.map(options.map), has_more, url: options.url };
}
