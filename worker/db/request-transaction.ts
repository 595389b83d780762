import type { Sql, TransactionSql } from "postgres";

/**
 * A client whose every query runs inside `tx`, where `begin` opens a savepoint instead of a new
 * transaction: code written to run in its own transaction (`withTenant`, `withUser`) becomes one
 * step of the caller's, and a step that fails is rolled back alone, as its own transaction would
 * have been. Nothing commits until `tx` does. `end` is left to the owner of the real client.
 */
export function insideTransaction(tx: TransactionSql): Sql {
  const begin = <T>(fn: (step: TransactionSql) => Promise<T>) => tx.savepoint(fn);
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === "begin") return begin;
      if (property === "end") return () => Promise.resolve();
      return Reflect.get(target, property, receiver);
    },
  }) as unknown as Sql;
}
