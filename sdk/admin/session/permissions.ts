import type { Organization } from "./admin-api";

export type Role = NonNullable<Organization["role"]>;
/** What a role allows in an organisation, as the API says (`GET /v1/organizations`' `permissions`). */
export type Permission = NonNullable<Organization["permissions"]>[number];

export type WritableResource = "organization" | "team" | "api_keys" | "catalogue" | "customers" | "subscriptions" | "usage" | "webhooks";

/**
 * Whether the signed-in user may change `resource` in `organization`, from the permissions the API
 * sent with it (the API holds the role matrix; the admin keeps no copy). UX only: the API checks
 * every call and refuses the rest with 403 `insufficient_permissions`.
 */
export function organizationAllowsWrite(organization: Pick<Organization, "permissions">, resource: WritableResource): boolean {
  return organization.permissions?.includes(`${resource}:write`) ?? false;
}
