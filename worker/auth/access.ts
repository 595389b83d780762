import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { idempotency } from "../app/middleware/idempotency";
import type { TenantScope } from "../db/tenant";
import type { AppEnv } from "../shared/env";
import type { ErrorCode } from "../shared/error-codes";
import { errorResponses } from "../shared/error-schema";
import { ApiError, InvalidRequestError } from "../shared/errors";
import { type Permission, PermissionError, roleAllows, scopesAllow } from "../shared/permissions";
import { type PrincipalKind, principalKind } from "../shared/principal";

/**
 * Who may call a route. `principals` lists the kinds allowed at all; `permission` is then checked
 * against a user's role or a restricted key's scopes (secret keys hold every permission of their
 * org except the people-only ones: team, keys, audit log, deleting the org).
 * `scope: "org"` routes act inside one organisation and mode; `"user"` routes act for a person
 * outside any organisation (create an org, list mine, accept an invitation).
 */
export interface AccessRule {
  principals: PrincipalKind[];
  permission?: Permission;
  scope: "org" | "user" | "public";
}

/** The merchant: its people (by role), its secret keys and its restricted keys (by scope). */
const MERCHANT: PrincipalKind[] = ["user", "secret_key", "restricted_key"];
/** The merchant, or a customer session acting on its own customer (the route scopes to it). */
const MERCHANT_OR_CUSTOMER: PrincipalKind[] = [...MERCHANT, "customer_session"];

/** An org route the merchant may call with `permission`. */
export const forMerchant = (permission: Permission): AccessRule => ({ principals: MERCHANT, permission, scope: "org" });
/** An org route the merchant, or a customer session on its own customer, may call with `permission`. */
export const forMerchantOrCustomer = (permission: Permission): AccessRule => ({
  principals: MERCHANT_OR_CUSTOMER,
  permission,
  scope: "org",
});

/** An org route only the merchant's people may call, with `permission` (no API key of any kind). */
export const forMembers = (permission: Permission): AccessRule => ({ principals: ["user"], permission, scope: "org" });
/** A route for a signed-in person outside any organisation. */
export const forSignedIn: AccessRule = { principals: ["user"], scope: "user" };

export interface RegisteredRoute {
  method: string;
  path: string;
  access: AccessRule;
}

/** Every route defined with `defineRoute`, for the table-driven access test and the docs. */
export const routeRegistry: RegisteredRoute[] = [];

/** A customer session reads its own customer and manages its own subscriptions; routes scope to it. */
const CUSTOMER_SESSION_PERMISSIONS = new Set<Permission>(["customers:read", "subscriptions:read", "subscriptions:write", "usage:read"]);

const PEOPLE_ONLY = new Set<Permission>([
  "team:read",
  "team:write",
  "api_keys:read",
  "api_keys:write",
  "audit_log:read",
  "organization:delete",
]);

/** Whether the principal holds `permission` (by role, key type, restricted-key scope or customer session). */
export function principalHas(principal: AppEnv["Variables"]["principal"], scope: AccessRule["scope"], permission: Permission): boolean {
  return principal.kind === "user"
    ? scope !== "org" || (principal.org !== undefined && roleAllows(principal.org.role, permission))
    : principal.kind === "customer_session"
      ? CUSTOMER_SESSION_PERMISSIONS.has(permission)
      : principal.kind === "api_key" && principal.scopes
        ? scopesAllow(principal.scopes, permission)
        : principal.kind === "api_key" && principal.keyType === "secret" && !PEOPLE_ONLY.has(permission);
}

/** For a route whose body asks for more (a check that consumes): 403 unless the principal holds `permission`. */
export function requirePermission(c: Context<AppEnv>, permission: Permission): void {
  if (!principalHas(c.var.principal, "org", permission))
    throw new PermissionError("insufficient_permissions", `Your credentials do not grant ${permission}.`);
}

export const authorize =
  (rule: AccessRule): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const principal = c.var.principal;
    const kind = principalKind(principal);
    if (!rule.principals.includes(kind)) {
      if (kind === "anonymous")
        throw new ApiError(
          401,
          "authentication_error",
          "authentication_required",
          "This route needs credentials: an API key or a merchant access token.",
        );
      throw new PermissionError("principal_not_allowed", `This route cannot be called with a ${kind.replace("_", " ")}.`);
    }
    if (rule.scope === "org" && principal.kind === "user" && !principal.org) {
      throw new InvalidRequestError(
        "organization_required",
        "Name the organization to act in with the BillingOS-Organization header.",
        "BillingOS-Organization",
      );
    }
    if (rule.permission && !principalHas(principal, rule.scope, rule.permission))
      throw new PermissionError("insufficient_permissions", `Your credentials do not grant ${rule.permission}.`);
    await next();
  };

/**
 * The OpenAPI security schemes, one per credential; `/docs` registers them ("Authorize") and every
 * route names the ones its access rule accepts (`securityOf`).
 */
export const SECURITY_SCHEMES = {
  secretKey: {
    type: "http",
    scheme: "bearer",
    description: "A secret key, `sk_test_…` or `sk_live_…` (server side only): the whole API of one organisation in one mode.",
  },
  restrictedKey: { type: "http", scheme: "bearer", description: "A restricted key, `rk_test_…` or `rk_live_…`, limited to its scopes." },
  publishableKey: {
    type: "http",
    scheme: "bearer",
    description:
      "A publishable key, `pk_test_…` or `pk_live_…` (safe in browsers, from the organisation's allowed origins): the public catalogue.",
  },
  customerSession: {
    type: "http",
    scheme: "bearer",
    description: "A customer session token, `bcs_test_…`, from `POST /v1/customer_sessions`: one customer's own objects.",
  },
  merchantUser: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "A merchant user's Supabase access token; org routes also need the `BillingOS-Organization` header (and `BillingOS-Mode: test|live`, default test).",
  },
  organization: {
    type: "apiKey",
    in: "header",
    name: "BillingOS-Organization",
    description: "The organisation a merchant user acts in, `org_…` (with a merchant user's access token only).",
  },
} as const;

type SchemeName = keyof typeof SECURITY_SCHEMES;
const KEY_SCHEMES: Record<Exclude<PrincipalKind, "anonymous" | "user">, SchemeName> = {
  secret_key: "secretKey",
  restricted_key: "restrictedKey",
  publishable_key: "publishableKey",
  customer_session: "customerSession",
};

/** The OpenAPI `security` of a route, read from its access rule: any one of the listed credentials will do. */
export function securityOf(rule: AccessRule): Array<Partial<Record<SchemeName, string[]>>> {
  return rule.principals.map((kind) => {
    if (kind === "anonymous") return {};
    if (kind === "user") return rule.scope === "org" ? { merchantUser: [], organization: [] } : { merchantUser: [] };
    return { [KEY_SCHEMES[kind]]: [] };
  });
}

/**
 * The codes every route may answer whatever it does, from what it is: validation and limits for
 * all; credentials, origins and the organisation header under /v1 (the middleware runs there);
 * the access rule's refusals unless public; body errors with a body; idempotency on POST.
 */
function implicitErrors(method: string, path: string, access: AccessRule, hasBody: boolean): ErrorCode[] {
  const codes: ErrorCode[] = ["parameter_invalid", "parameter_missing", "parameter_unknown", "payload_too_large"];
  codes.push("rate_limited", "internal_error", "service_unavailable");
  if (path.startsWith("/v1/")) {
    // Objects by id, cursors (`starting_after`) and a customer session's scope all answer resource_missing.
    codes.push("resource_missing");
    codes.push("invalid_authorization", "invalid_token", "invalid_api_key", "invalid_customer_session", "organization_not_found");
    codes.push("secret_key_in_browser", "origin_not_allowed");
  }
  if (access.scope !== "public") codes.push("authentication_required", "principal_not_allowed", "insufficient_permissions");
  if (access.scope === "org" && access.principals.includes("user")) codes.push("organization_required");
  if (hasBody) codes.push("body_missing", "body_invalid", "unsupported_media_type");
  if (method.toUpperCase() === "POST") codes.push("idempotency_key_in_use", "idempotency_key_reused");
  return codes;
}

/**
 * createRoute plus an access rule: the rule is enforced by middleware, listed in the registry and
 * documented. `Idempotency-Key` is honoured only after the rule passed, so a stored response is
 * never replayed to a caller the route would refuse. `errors` are the codes the route's own work
 * may return (those every route shares are added here); the document lists them per status.
 */
export function defineRoute<R extends RouteConfig>(config: R & { access: AccessRule; errors?: readonly ErrorCode[] }) {
  const { access, errors = [], ...route } = config;
  routeRegistry.push({ method: route.method.toUpperCase(), path: route.path, access });
  const codes = [...implicitErrors(route.method, route.path, access, route.request?.body !== undefined), ...errors];
  return createRoute({
    ...(route as unknown as R),
    security: securityOf(access),
    middleware: [authorize(access), idempotency()] as const,
    responses: { ...errorResponses(route.method, route.path, codes), ...route.responses },
  });
}

/** The tenant of an org-scoped request (after `authorize` has run). */
export function tenantOf(c: Context<AppEnv>): TenantScope & { actor: { type: "user" | "api_key" | "customer"; id: string } } {
  const principal = c.var.principal;
  if (principal.kind === "user" && principal.org) {
    return {
      orgId: principal.org.id,
      livemode: principal.org.livemode,
      userId: principal.userId,
      actor: { type: "user", id: principal.userId },
    };
  }
  if (principal.kind === "api_key")
    return { orgId: principal.orgId, livemode: principal.livemode, actor: { type: "api_key", id: principal.keyId } };
  if (principal.kind === "customer_session") {
    return { orgId: principal.orgId, livemode: principal.livemode, actor: { type: "customer", id: principal.customerId } };
  }
  throw new Error("tenantOf called on a route that is not org-scoped");
}

/** The person behind a user-scoped request. */
export function userOf(c: Context<AppEnv>): { userId: string; email: string } {
  const principal = c.var.principal;
  if (principal.kind !== "user") throw new Error("userOf called on a route that is not user-scoped");
  return { userId: principal.userId, email: principal.email };
}
