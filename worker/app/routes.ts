import { mountAdmin } from "../routes/admin/admin.index";
import { apiKeysRouter } from "../routes/api-keys/api-keys.index";
import { auditLogRouter } from "../routes/audit-log/audit-log.index";
import { catalogueRouter } from "../routes/catalogue/catalogue.index";
import { connectRouter } from "../routes/connect/connect.index";
import { customerSessionsRouter } from "../routes/customer-sessions/customer-sessions";
import { customersRouter } from "../routes/customers/customers.index";
import { mountDocs } from "../routes/docs/docs.index";
import { featuresRouter } from "../routes/features/features.index";
import { feesRouter } from "../routes/fees/fees";
import { healthRouter } from "../routes/health/health.index";
import { invitationsRouter } from "../routes/invitations/invitations.index";
import { membersRouter } from "../routes/members/members.index";
import { organizationsRouter } from "../routes/organizations/organizations.index";
import { planGrantsRouter } from "../routes/plan-grants/plan-grants.index";
import { pricesRouter } from "../routes/prices/prices.index";
import { pricingRouter } from "../routes/pricing/pricing.index";
import { productsRouter } from "../routes/products/products.index";
import { billingListsRouter } from "../routes/subscriptions/billing-lists.index";
import { subscriptionActionsRouter } from "../routes/subscriptions/subscription-actions.index";
import { stripeWebhookRouter } from "../routes/webhooks/stripe-webhook";
import { createApp } from "./create-app";

/** The whole API: every resource router mounted on the app shell. */
export function buildApp() {
  const app = createApp();
  app.route("/", healthRouter);
  app.route("/", organizationsRouter);
  app.route("/", membersRouter);
  app.route("/", invitationsRouter);
  app.route("/", apiKeysRouter);
  app.route("/", auditLogRouter);
  app.route("/", connectRouter);
  app.route("/", customersRouter);
  app.route("/", customerSessionsRouter);
  app.route("/", stripeWebhookRouter);
  app.route("/", billingListsRouter);
  app.route("/", subscriptionActionsRouter);
  app.route("/", feesRouter);
  app.route("/", featuresRouter);
  app.route("/", productsRouter);
  app.route("/", planGrantsRouter);
  app.route("/", pricesRouter);
  app.route("/", pricingRouter);
  app.route("/", catalogueRouter);
  mountDocs(app);
  mountAdmin(app);
  return app;
}
