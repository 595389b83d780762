import type { Sql, TransactionSql } from "postgres";

/** The role every API query runs as: not superuser, no BYPASSRLS; row-level security applies. */
export const API_ROLE = "billingos_api";

export interface TenantScope {
  orgId: string;
  livemode: boolean;
  /** The merchant user acting, when the principal is a person. */
  userId?: string;
}

/**
 * Runs `fn` in one transaction as the API role with the org and mode set for row-level
 * security (read by the policies through `tenant.org_id()` / `tenant.livemode()`).
 * Everything `fn` writes commits together or not at all.
 */
export function withTenant<T>(sql: Sql, scope: TenantScope, fn: (tx: TransactionSql) => Promise<T>): Promise<T> {
  const claims = JSON.stringify({
    role: API_ROLE,
    org_id: scope.orgId,
    livemode: scope.livemode,
    ...(scope.userId ? { sub: scope.userId } : {}),
  });
  return sql.begin(async (tx) => {
    await tx`select set_config('role', ${API_ROLE}, true), set_config('request.jwt.claims', ${claims}, true)`;
    return fn(tx);
  }) as Promise<T>;
}
