import type { ErrorCode } from "./error-codes";
import { ApiError } from "./errors";

/** What a route needs; roles and restricted-key scopes grant these. */
export type Resource =
  | "organization"
  | "team"
  | "api_keys"
  | "audit_log"
  | "catalogue"
  | "customers"
  | "subscriptions"
  | "usage"
  | "webhooks";
export type Access = "read" | "write";
export type Permission = `${Resource}:${Access}` | "organization:delete";

export const ROLES = ["owner", "admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const READS: Permission[] = [
  "organization:read",
  "team:read",
  "api_keys:read",
  "audit_log:read",
  "catalogue:read",
  "customers:read",
  "subscriptions:read",
  "usage:read",
  "webhooks:read",
];

/**
 * The role matrix: owner everything; admin team, keys, settings, catalogue, customers;
 * member catalogue, customers, subscriptions; viewer read-only.
 */
const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set<Permission>([
    ...READS,
    "organization:write",
    "organization:delete",
    "team:write",
    "api_keys:write",
    "catalogue:write",
    "customers:write",
    "subscriptions:write",
    "usage:write",
    "webhooks:write",
  ]),
  admin: new Set<Permission>([
    ...READS,
    "organization:write",
    "team:write",
    "api_keys:write",
    "catalogue:write",
    "customers:write",
    "usage:write",
    "webhooks:write",
  ]),
  member: new Set<Permission>([...READS, "catalogue:write", "customers:write", "subscriptions:write", "usage:write"]),
  viewer: new Set<Permission>(READS),
};

/** Every permission there is (the owner has them all), in the matrix's order. */
export const PERMISSIONS: readonly Permission[] = [...ROLE_PERMISSIONS.owner];

/** What `role` grants: the API tells the signed-in user (their organisations' `permissions`), so no client keeps a copy. */
export function rolePermissions(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => ROLE_PERMISSIONS[role].has(permission));
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Restricted keys: `write` on a resource implies `read`; nothing else is implied. */
export function scopesAllow(scopes: Record<string, Access>, permission: Permission): boolean {
  const [resource, access] = permission.split(":") as [string, string];
  const granted = scopes[resource];
  return granted === "write" || (granted === "read" && access === "read");
}

/** Resources a restricted key may be scoped to (team, keys and the audit log stay with people). */
export const SCOPABLE_RESOURCES = ["organization", "catalogue", "customers", "subscriptions", "usage", "webhooks"] as const;

/** 403: the caller is known but may not do this. */
export class PermissionError extends ApiError {
  constructor(code: ErrorCode, message: string) {
    super(403, "permission_error", code, message);
  }
}
