/**
 * Every operation's `operationId`, derived from its method and path so it is stable (clients
 * generated from `openapi.json` name their functions after it) and nobody has to invent one:
 *
 * - `GET /v1/things` → `listThings`, `POST /v1/things` → `createThing`
 * - `GET|POST|DELETE /v1/things/{id}` → `getThing` | `updateThing` | `deleteThing`
 * - `POST /v1/things/{id}/verb` or `/v1/thing/verb` → `verbThing` (`undo_cancel` → `undoCancelSubscription`)
 * - nested collections carry their parent: `GET /v1/customers/{id}/payment_methods` → `listCustomerPaymentMethods`
 *
 * Where the rule reads badly the name is written out in `NAMED`. Set on the generated document
 * (`withOperationIds`), so routes built without `defineRoute` (health, the Stripe webhook) get one too. Changing an id breaks generated
 * clients: the breaking-change check (`openapi-breaking.test.ts`) refuses it unless recorded.
 */
const NAMED: Record<string, string> = {
  "GET /health": "getHealth",
  "POST /v1/members/leave": "leaveOrganization",
  "POST /v1/members/transfer_ownership": "transferOrganizationOwnership",
  "POST /v1/members/{user_id}": "updateMemberRole",
  "DELETE /v1/members/{user_id}": "removeMember",
  "POST /v1/webhooks/stripe": "receiveStripeWebhook",
  "POST /v1/connect/account": "createConnectAccount",
  "GET /v1/connect/account": "getConnectAccount",
  "POST /v1/connect/onboarding_link": "createConnectOnboardingLink",
  "POST /v1/connect/dashboard_link": "createConnectDashboardLink",
  "POST /v1/connect/payout_schedule": "updatePayoutSchedule",
  "POST /v1/customers/{id}/customer_sessions/revoke": "revokeAllCustomerSessions",
  "POST /v1/customers/{id}/payment_methods/{pm}/default": "setDefaultPaymentMethod",
  "DELETE /v1/customers/{id}/payment_methods/{pm}": "detachPaymentMethod",
  "POST /v1/subscriptions/{id}/preview_change": "previewSubscriptionChange",
  "POST /v1/products/{id}/migrate_subscribers": "migrateProductSubscribers",
  "GET /v1/fees/monthly": "getMonthlyFees",
  "GET /v1/analytics/mrr": "getMrrAnalytics",
  "GET /v1/analytics/subscriptions": "getSubscriptionAnalytics",
  "GET /v1/analytics/retention": "getRetentionAnalytics",
  "GET /v1/analytics/revenue": "getRevenueAnalytics",
  "GET /v1/analytics/cohorts": "getCohortAnalytics",
  "GET /v1/analytics/recovery": "getRecoveryAnalytics",
  "GET /v1/analytics/usage": "getUsageAnalytics",
  "GET /v1/analytics/usage/limits": "listCustomersNearUsageLimits",
  "GET /v1/fees/ledger": "listFeeLedgerEntries",
  "GET /v1/fees/statements/{month}": "getFeeStatement",
  "GET /v1/billing_settings": "getBillingSettings",
  "GET /v1/branding": "getBranding",
  "POST /v1/branding": "updateBranding",
  "POST /v1/billing_settings": "updateBillingSettings",
  "GET /v1/pricing": "getPricingTable",
  "GET /v1/audit_log": "listAuditLogEntries",
  "POST /v1/catalogue/copy_to_live": "copyCatalogueToLive",
  "POST /v1/webhook_endpoints/{id}/rotate_secret": "rotateWebhookEndpointSecret",
  "POST /v1/webhook_endpoints/{id}/send_test": "sendTestWebhook",
  "POST /v1/webhook_endpoints/{id}/replay": "replayFailedWebhookMessages",
  "GET /v1/webhook_settings": "getWebhookSettings",
  "POST /v1/webhook_settings": "updateWebhookSettings",
};

const isParam = (segment: string) => segment.startsWith("{");
const pascal = (snake: string) => snake.replace(/(^|_)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());
const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
const singular = (noun: string) => (noun.endsWith("ies") ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, ""));

/** The operationId of `method path` (path as written in the route, `{param}` style). */
export function operationIdOf(method: string, path: string): string {
  const verb = method.toUpperCase();
  const named = NAMED[`${verb} ${path}`];
  if (named) return named;
  const segments = path
    .replace(/^\/v1\//, "")
    .replace(/^\//, "")
    .split("/");
  const last = segments.length - 1;
  // Resources addressed by id before the one named name it: `customers/{id}/payment_methods` → Customer.
  const parentsBefore = (end: number) =>
    segments
      .slice(0, end)
      .filter((segment, i) => !isParam(segment) && isParam(segments[i + 1] ?? ""))
      .map((segment) => pascal(singular(segment)))
      .join("");
  const tail = segments[last] as string;
  if (isParam(tail)) {
    const thing = pascal(singular(segments[last - 1] as string));
    const action = verb === "GET" ? "get" : verb === "DELETE" ? "delete" : "update";
    return `${action}${parentsBefore(last - 1)}${thing}`;
  }
  const before = segments[last - 1];
  const isCollection = before === undefined || (isParam(before) && tail.endsWith("s"));
  if (isCollection) {
    if (verb === "GET") return `list${parentsBefore(last)}${pascal(tail)}`;
    return `create${parentsBefore(last)}${pascal(singular(tail))}`;
  }
  // An action on the thing before it: `subscriptions/{id}/cancel`, `catalogue/export`.
  const objectAt = isParam(before) ? last - 2 : last - 1;
  return `${camel(tail)}${parentsBefore(objectAt)}${pascal(singular(segments[objectAt] as string))}`;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** Gives every operation of a generated document its derived id (one a route sets itself is kept). */
export function withOperationIds<D extends { paths?: object }>(document: D): D {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const [path, item] of Object.entries(paths)) {
    if (!item) continue;
    for (const method of METHODS) {
      const operation = item[method] as { operationId?: string } | undefined;
      // First key, so the id reads at the top of each operation in openapi.json.
      if (operation) item[method] = { operationId: operation.operationId ?? operationIdOf(method, path), ...operation };
    }
  }
  return document;
}
