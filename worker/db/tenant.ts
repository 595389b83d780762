import type { Sql, TransactionSql } from "postgres";

/** The role every API query runs as: not superuser, no BYPASSRLS; row-level security applies. */
export const API_ROLE = "billingos_api";

export interface TenantScope {
  orgId: string;
  livemode: boolean;
  /** The merchant user acting, when the principal is a person. */
  userId?: string;
}

/** Claims the policies read through `tenant.org_id()`, `tenant.livemode()` and `auth.uid()`. */
interface Claims {
  org_id?: string;
  livemode?: boolean;
  sub?: string;
}

/**
 * Runs `fn` in one transaction as the API role with `claims` set for row-level security.
 * Everything `fn` writes commits together or not at all.
 */
function withClaims<T>(sql: Sql, claims: Claims, fn: (tx: TransactionSql) => Promise<T>): Promise<T> {
  const json = JSON.stringify({ role: API_ROLE, ...claims });
  return sql.begin(async (tx) => {
    await tx`select set_config('role', ${API_ROLE}, true), set_config('request.jwt.claims', ${json}, true)`;
    return fn(tx);
  }) as Promise<T>;
}

/** A transaction that sees one organisation in one mode (and, for people, who is acting). */
export function withTenant<T>(sql: Sql, scope: TenantScope, fn: (tx: TransactionSql) => Promise<T>): Promise<T> {
  return withClaims(sql, { org_id: scope.orgId, livemode: scope.livemode, ...(scope.userId ? { sub: scope.userId } : {}) }, fn);
}

/**
 * Points an open tenant transaction at another scope, so one transaction can read one mode and
 * write the other (copy-to-live) and still commit or roll back as a whole.
 */
export async function switchTenant(tx: TransactionSql, scope: TenantScope): Promise<void> {
  const claims = { role: API_ROLE, org_id: scope.orgId, livemode: scope.livemode, ...(scope.userId ? { sub: scope.userId } : {}) };
  await tx`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
}

/** A transaction for a person outside any organisation: their profile and memberships only. */
export function withUser<T>(sql: Sql, userId: string, fn: (tx: TransactionSql) => Promise<T>): Promise<T> {
  return withClaims(sql, { sub: userId }, fn);
}
