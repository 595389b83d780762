import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser } from "../test/fixtures";
import { routeRegistry } from "./access";
import "../app/routes";

type Principal =
  | "anonymous"
  | "owner"
  | "admin"
  | "member"
  | "viewer"
  | "user_without_org"
  | "secret_key"
  | "restricted_key"
  | "publishable_key"
  | "customer_session";
const ROLES: Principal[] = ["owner", "admin", "member", "viewer"];
const USERS: Principal[] = [...ROLES, "user_without_org"];
const CATALOGUE_READERS: Principal[] = [...ROLES, "secret_key"];
const CATALOGUE_WRITERS: Principal[] = ["owner", "admin", "member", "secret_key"];
const BILLING_READERS: Principal[] = [...ROLES, "secret_key", "customer_session"];
const BILLING_WRITERS: Principal[] = ["owner", "member", "secret_key", "customer_session"];

/**
 * The contract, written out by hand: which principals may call each route. A principal not listed
 * must get 401 (anonymous) or 403. Org-scoped routes called by a user without an organization get
 * 400 organization_required. The restricted key holds `organization: write` only; the customer
 * session belongs to a customer other than the ids used here, so it is allowed in but finds nothing.
 * (POST /v1/webhooks/stripe is not here: Stripe is its principal, proven by its signature; see
 * routes/webhooks/stripe-webhook.test.ts.)
 */
const ALLOWED: Record<string, Principal[]> = {
  "POST /v1/organizations": USERS,
  "GET /v1/organizations": USERS,
  "GET /v1/organizations/{id}": [...ROLES, "secret_key", "restricted_key"],
  "POST /v1/organizations/{id}": ["owner", "admin", "secret_key", "restricted_key"],
  "DELETE /v1/organizations/{id}": ["owner"],
  "GET /v1/members": ROLES,
  "POST /v1/members/{user_id}": ["owner", "admin"],
  "DELETE /v1/members/{user_id}": ["owner", "admin"],
  "POST /v1/members/transfer_ownership": ["owner"],
  "POST /v1/invitations": ["owner", "admin"],
  "GET /v1/invitations": ROLES,
  "POST /v1/invitations/{id}/resend": ["owner", "admin"],
  "POST /v1/invitations/{id}/revoke": ["owner", "admin"],
  "POST /v1/invitations/accept": USERS,
  "POST /v1/api_keys": ["owner", "admin"],
  "GET /v1/api_keys": ROLES,
  "POST /v1/api_keys/{id}/roll": ["owner", "admin"],
  "POST /v1/api_keys/{id}/revoke": ["owner", "admin"],
  "GET /v1/audit_log": ROLES,
  "POST /v1/connect/account": ["owner", "admin", "secret_key"],
  "GET /v1/connect/account": [...ROLES, "secret_key", "restricted_key"],
  "POST /v1/connect/onboarding_link": ["owner", "admin", "secret_key"],
  "POST /v1/connect/dashboard_link": ["owner", "admin", "secret_key"],
  "POST /v1/connect/payout_schedule": ["owner", "admin", "secret_key"],
  "POST /v1/customers": ["owner", "admin", "member", "secret_key"],
  "POST /v1/customers/upsert": ["owner", "admin", "member", "secret_key"],
  "GET /v1/customers": [...ROLES, "secret_key"],
  "GET /v1/customers/{id}": [...ROLES, "secret_key", "customer_session"],
  "POST /v1/customers/{id}": ["owner", "admin", "member", "secret_key"],
  "DELETE /v1/customers/{id}": ["owner", "admin", "member", "secret_key"],
  // The admin mints one to show a customer's own elements ("view as customer").
  "POST /v1/customer_sessions": ["owner", "admin", "member", "secret_key"],
  "POST /v1/customer_sessions/{id}/revoke": ["secret_key", "customer_session"],
  "POST /v1/customers/{id}/customer_sessions/revoke": ["secret_key", "customer_session"],
  "GET /v1/subscriptions": [...ROLES, "secret_key", "customer_session"],
  "GET /v1/invoices": [...ROLES, "secret_key", "customer_session"],
  "GET /v1/subscriptions/{id}": BILLING_READERS,
  "POST /v1/subscriptions/{id}/preview_change": BILLING_WRITERS,
  "POST /v1/subscriptions/{id}/change": BILLING_WRITERS,
  "POST /v1/subscriptions/{id}/cancel": BILLING_WRITERS,
  "POST /v1/subscriptions/{id}/undo_cancel": BILLING_WRITERS,
  "POST /v1/subscriptions/{id}/pause": BILLING_WRITERS,
  "POST /v1/subscriptions/{id}/resume": BILLING_WRITERS,
  "GET /v1/customers/{id}/payment_methods": BILLING_READERS,
  "POST /v1/customers/{id}/setup_intents": BILLING_WRITERS,
  "POST /v1/customers/{id}/payment_methods/{pm}/default": BILLING_WRITERS,
  "DELETE /v1/customers/{id}/payment_methods/{pm}": BILLING_WRITERS,
  "GET /v1/invoices/{id}": BILLING_READERS,
  "POST /v1/invoices/{id}/pay": BILLING_WRITERS,
  "POST /v1/refunds": ["owner", "member", "secret_key"],
  "GET /v1/refunds": [...ROLES, "secret_key"],
  "GET /v1/fees/monthly": [...ROLES, "secret_key"],
  "GET /v1/fees/ledger": [...ROLES, "secret_key"],
  "GET /v1/fees/statements/{month}": [...ROLES, "secret_key"],
  "GET /v1/branding": [...ROLES, "secret_key"],
  "POST /v1/branding": ["owner", "admin", "secret_key"],
  "GET /v1/organization/onboarding": ROLES,
  "POST /v1/organization/billing_session": ["owner", "admin"],
  // Analytics: the merchant's people and secret keys; never a customer session (it would see every customer's figures).
  "GET /v1/analytics/mrr": [...ROLES, "secret_key"],
  "GET /v1/analytics/subscriptions": [...ROLES, "secret_key"],
  "GET /v1/analytics/retention": [...ROLES, "secret_key"],
  "GET /v1/analytics/revenue": [...ROLES, "secret_key"],
  "GET /v1/analytics/cohorts": [...ROLES, "secret_key"],
  "GET /v1/analytics/recovery": [...ROLES, "secret_key"],
  "GET /v1/analytics/usage": [...ROLES, "secret_key"],
  "GET /v1/analytics/usage/limits": [...ROLES, "secret_key"],
  "POST /v1/test_clocks": ["owner", "member", "secret_key"],
  "GET /v1/test_clocks/{id}": [...ROLES, "secret_key"],
  "POST /v1/test_clocks/{id}/advance": ["owner", "member", "secret_key"],
  "GET /v1/billing_settings": [...ROLES, "secret_key", "restricted_key"],
  "POST /v1/billing_settings": ["owner", "admin", "secret_key", "restricted_key"],
  // A restricted key needs subscriptions:write (this matrix's key holds organization:write only).
  "POST /v1/checkout_sessions": ["secret_key", "customer_session"],
  "GET /v1/checkout_sessions/{id}": ["secret_key", "customer_session"],
  "POST /v1/features": CATALOGUE_WRITERS,
  "GET /v1/features": CATALOGUE_READERS,
  "GET /v1/features/{id}": CATALOGUE_READERS,
  "POST /v1/features/{id}": CATALOGUE_WRITERS,
  "DELETE /v1/features/{id}": CATALOGUE_WRITERS,
  "POST /v1/products": CATALOGUE_WRITERS,
  "GET /v1/products": CATALOGUE_READERS,
  "GET /v1/products/{id}": CATALOGUE_READERS,
  "POST /v1/products/{id}": CATALOGUE_WRITERS,
  "DELETE /v1/products/{id}": CATALOGUE_WRITERS,
  "POST /v1/products/{id}/migrate_subscribers": ["owner", "member", "secret_key"],
  "GET /v1/products/{id}/versions": CATALOGUE_READERS,
  "POST /v1/products/{id}/grants": CATALOGUE_WRITERS,
  "GET /v1/products/{id}/grants": CATALOGUE_READERS,
  "POST /v1/products/{id}/grants/{feature}": CATALOGUE_WRITERS,
  "DELETE /v1/products/{id}/grants/{feature}": CATALOGUE_WRITERS,
  "POST /v1/prices": CATALOGUE_WRITERS,
  "GET /v1/prices": CATALOGUE_READERS,
  "GET /v1/prices/{id}": CATALOGUE_READERS,
  "POST /v1/prices/{id}": CATALOGUE_WRITERS,
  "GET /v1/pricing": [...ROLES, "publishable_key"],
  "GET /v1/currencies": CATALOGUE_READERS,
  "GET /v1/catalogue/export": CATALOGUE_READERS,
  "POST /v1/catalogue/import": CATALOGUE_WRITERS,
  "POST /v1/catalogue/copy_to_live": ["owner", "admin", "member"],
  "POST /v1/catalogue/sync": CATALOGUE_WRITERS,
  "POST /v1/entitlements/check": [...ROLES, "secret_key", "customer_session"],
  "GET /v1/customers/{id}/entitlements": [...ROLES, "secret_key", "customer_session"],
  "POST /v1/customers/{id}/grants": ["owner", "admin", "member", "secret_key"],
  "GET /v1/customers/{id}/grants": [...ROLES, "secret_key"],
  "DELETE /v1/customers/{id}/grants/{grant}": ["owner", "admin", "member", "secret_key"],
  "GET /v1/customer_state": [...ROLES, "secret_key", "customer_session"],
  "POST /v1/usage": ["owner", "admin", "member", "secret_key"],
  "POST /v1/usage/batch": ["owner", "admin", "member", "secret_key"],
  "GET /v1/customers/{id}/usage": [...ROLES, "secret_key", "customer_session"],
  "GET /v1/customers/{id}/timeline": [...ROLES, "secret_key"],
  "GET /v1/usage/events": [...ROLES, "secret_key"],
  "GET /v1/events": [...ROLES, "secret_key"],
  "GET /v1/events/{id}": [...ROLES, "secret_key"],
  "POST /v1/webhook_endpoints": ["owner", "admin", "secret_key"],
  "GET /v1/webhook_endpoints": [...ROLES, "secret_key"],
  "GET /v1/webhook_endpoints/{id}": [...ROLES, "secret_key"],
  "POST /v1/webhook_endpoints/{id}": ["owner", "admin", "secret_key"],
  "DELETE /v1/webhook_endpoints/{id}": ["owner", "admin", "secret_key"],
  "POST /v1/webhook_endpoints/{id}/rotate_secret": ["owner", "admin", "secret_key"],
  "POST /v1/webhook_endpoints/{id}/send_test": ["owner", "admin", "secret_key"],
  "POST /v1/webhook_endpoints/{id}/replay": ["owner", "admin", "secret_key"],
  "GET /v1/webhook_endpoints/{id}/messages": [...ROLES, "secret_key"],
  "GET /v1/webhook_messages/{id}": [...ROLES, "secret_key"],
  "POST /v1/webhook_messages/{id}/retry": ["owner", "admin", "secret_key"],
  "GET /v1/webhook_settings": [...ROLES, "secret_key"],
  "POST /v1/webhook_settings": ["owner", "admin", "secret_key"],
  // Last: an allowed call really leaves the organization.
  "POST /v1/members/leave": ROLES,
};

/** Harmless requests: a missing object or an invalid body, so allowed calls change nothing that matters. */
const REQUEST: Record<string, { body?: unknown }> = {
  "POST /v1/organizations": { body: {} },
  "POST /v1/organizations/{id}": { body: {} },
  "DELETE /v1/organizations/{id}": { body: { confirm: "not-the-slug" } },
  "POST /v1/members/{user_id}": { body: { role: "viewer" } },
  "POST /v1/members/transfer_ownership": { body: { user_id: crypto.randomUUID() } },
  "POST /v1/invitations": { body: {} },
  "POST /v1/invitations/accept": { body: { token: "nope" } },
  "POST /v1/api_keys": { body: {} },
  "POST /v1/api_keys/{id}/roll": { body: {} },
  "POST /v1/connect/account": { body: { country: "usa" } },
  "POST /v1/connect/onboarding_link": { body: {} },
  "POST /v1/connect/payout_schedule": { body: {} },
  "POST /v1/customers": { body: { email: "bad" } },
  "POST /v1/customers/upsert": { body: {} },
  "POST /v1/customers/{id}": { body: {} },
  "POST /v1/customer_sessions": { body: {} },
  "POST /v1/billing_settings": { body: { grace_period_days: -1 } },
  "POST /v1/checkout_sessions": { body: {} },
  "POST /v1/subscriptions/{id}/preview_change": { body: {} },
  "POST /v1/subscriptions/{id}/change": { body: {} },
  "POST /v1/subscriptions/{id}/cancel": { body: {} },
  "POST /v1/subscriptions/{id}/pause": { body: {} },
  "POST /v1/refunds": { body: {} },
  "POST /v1/test_clocks": { body: { frozen_time: -1 } },
  "POST /v1/test_clocks/{id}/advance": { body: {} },
  "POST /v1/invoices/{id}/pay": { body: {} },
  "POST /v1/features": { body: {} },
  "POST /v1/features/{id}": { body: {} },
  "POST /v1/products": { body: {} },
  "POST /v1/products/{id}": { body: {} },
  "POST /v1/products/{id}/migrate_subscribers": { body: {} },
  "POST /v1/products/{id}/grants": { body: {} },
  "POST /v1/products/{id}/grants/{feature}": { body: {} },
  "POST /v1/prices": { body: {} },
  "POST /v1/prices/{id}": { body: {} },
  "POST /v1/catalogue/import": { body: {} },
  "POST /v1/catalogue/copy_to_live": { body: { dry_run: true } },
  "POST /v1/entitlements/check": { body: {} },
  "POST /v1/customers/{id}/grants": { body: {} },
  "POST /v1/usage": { body: {} },
  "POST /v1/usage/batch": { body: {} },
  "POST /v1/webhook_endpoints": { body: {} },
  "POST /v1/webhook_endpoints/{id}": { body: {} },
  "POST /v1/webhook_endpoints/{id}/replay": { body: {} },
  "POST /v1/webhook_settings": { body: {} },
  "POST /v1/branding": { body: { radius: -1 } },
  "POST /v1/organization/billing_session": { body: { expires_in: 1 } },
};

const admin = adminSql();
const credentials = {} as Record<Principal, { auth?: string; org?: string }>;
let orgId: string;

beforeAll(async () => {
  const created = await newOrganization("Matrix Co");
  orgId = created.orgId;
  credentials.anonymous = {};
  credentials.owner = { auth: created.owner.token, org: orgId };
  for (const role of ["admin", "member", "viewer"] as const) {
    const user = await newUser();
    await addMember(admin, orgId, user, role);
    credentials[role] = { auth: user.token, org: orgId };
  }
  credentials.user_without_org = { auth: (await newUser()).token };
  credentials.secret_key = { auth: (await newApiKey(admin, orgId)).key };
  credentials.restricted_key = { auth: (await newApiKey(admin, orgId, { type: "restricted", scopes: { organization: "write" } })).key };
  credentials.publishable_key = { auth: (await newApiKey(admin, orgId, { type: "publishable" })).key };
  const customer = await api<{ id: string }>("/v1/customers", { auth: credentials.secret_key.auth, body: { name: "Matrix customer" } });
  const session = await api<{ token: string }>("/v1/customer_sessions", {
    auth: credentials.secret_key.auth,
    body: { customer: customer.body.id },
  });
  credentials.customer_session = { auth: session.body.token };
});
afterAll(() => admin.end());

function concretePath(path: string) {
  return path
    .replace("{id}", path.includes("organizations") ? orgId : "obj_doesnotexist")
    .replace("{user_id}", crypto.randomUUID())
    .replace("{feature}", "feat_doesnotexist")
    .replace("{pm}", "pm_doesnotexist")
    .replace("{grant}", "cgrant_doesnotexist");
}

describe("access matrix", () => {
  it("lists every route", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(routeRegistry.map((route) => `${route.method} ${route.path}`).sort());
  });

  for (const [route, allowed] of Object.entries(ALLOWED)) {
    it(route, async () => {
      const [method, path] = route.split(" ") as [string, string];
      // Every principal at once: the requests are harmless and independent, and one route's ten
      // calls in a row were most of this file's time.
      const outcomes = await Promise.all(
        (Object.keys(credentials) as Principal[]).map(async (principal) => {
          const request = REQUEST[route] ?? {};
          const response = await api(concretePath(path), {
            method,
            ...credentials[principal],
            ...(request.body !== undefined ? { body: request.body } : {}),
          });
          // Routes that some role may call, but not a user outside any organization.
          const orgRoute = ROLES.some((role) => allowed.includes(role)) && !allowed.includes("user_without_org");
          const expected = allowed.includes(principal)
            ? "allowed"
            : principal === "anonymous"
              ? 401
              : principal === "user_without_org" && orgRoute
                ? 400
                : 403;
          const actual =
            response.status === 401 || response.status === 403
              ? response.status
              : principal === "user_without_org" && response.status === 400 && orgRoute
                ? 400
                : "allowed";
          return `${principal}: ${actual === expected ? "ok" : `expected ${expected}, got ${response.status}`}`;
        }),
      );
      expect(outcomes.filter((line) => !line.endsWith("ok"))).toEqual([]);
    });
  }
});
