import type { Organization } from "./admin-api";

export type Role = NonNullable<Organization["role"]>;

/**
 * What each role may change, so the admin can hide the buttons a role cannot use. This is UX only:
 * the API checks every call against the same matrix (worker/shared/permissions.ts) and refuses the
 * rest with 403 `insufficient_permissions`. Reading is open to every role.
 */
const WRITES: Record<Role, ReadonlySet<string>> = {
  owner: new Set(["organization", "team", "api_keys", "catalogue", "customers", "subscriptions", "usage", "webhooks"]),
  admin: new Set(["organization", "team", "api_keys", "catalogue", "customers", "usage", "webhooks"]),
  member: new Set(["catalogue", "customers", "subscriptions", "usage"]),
  viewer: new Set(),
};

export type WritableResource = "organization" | "team" | "api_keys" | "catalogue" | "customers" | "subscriptions" | "usage" | "webhooks";

export function roleCanWrite(role: Role | undefined, resource: WritableResource): boolean {
  return role !== undefined && WRITES[role].has(resource);
}
