import { z } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { defineRoute } from "../../auth/access";
import { DEFAULT_SESSION_SECONDS, MAX_SESSION_SECONDS } from "../../domain/customer-session-token";
import { BILLING_TIERS, type BillingTier } from "../../domain/organizations";
import { platformBillingSession, platformOf } from "../../domain/platform-billing";
import { ServiceUnavailableError } from "../../shared/errors";
import { jsonBody, jsonResponse, Timestamp } from "../../shared/schemas";
import { stripeClient } from "../../stripe/client";

const BillingSessionSchema = z
  .object({
    object: z.literal("platform_billing_session"),
    organization: z.string().describe("The merchant organisation this session bills."),
    billing_tier: z.enum(BILLING_TIERS).describe("Its BillingOS tier now."),
    platform: z
      .object({
        organization: z.string().describe("The BillingOS organisation that sells the tiers."),
        livemode: z.boolean(),
        publishable_key: z.string().describe("For `<billing-provider publishable-key>`: the platform's pricing table."),
      })
      .describe("Configure the elements with these (not the merchant's own keys)."),
    customer: z.string().describe("The platform's customer standing for the merchant organisation (external_id = its id)."),
    token: z.string().describe("A customer session on the platform: give it to `<billing-provider>`'s fetchSession, in memory only."),
    expires_at: Timestamp,
  })
  .openapi("PlatformBillingSession");

export const createOrganizationBillingSession = defineRoute({
  method: "post",
  path: "/v1/organization/billing_session",
  tags: ["Billing"],
  summary: "A customer session on BillingOS itself, for this organisation's own BillingOS plan (Settings › Billing)",
  description:
    "BillingOS bills its merchants with BillingOS: the organisation is a customer of the platform organisation (created on " +
    "first use, external_id = the organisation's id). Show `<billing-pricing-table>` and `<billing-portal>` with the returned " +
    "platform publishable key and this session; when the subscription starts, changes or ends, the organisation's " +
    "`billing_tier` follows (a paid tier takes no transaction fee).",
  access: { principals: ["user"], permission: "organization:write", scope: "org" },
  errors: ["service_unavailable"],
  request: {
    body: jsonBody(
      z.strictObject({
        expires_in: z
          .number()
          .int()
          .min(60)
          .max(MAX_SESSION_SECONDS)
          .default(DEFAULT_SESSION_SECONDS)
          .describe("Seconds; 60 to 3600, default 900."),
      }),
    ),
  },
  responses: { 201: jsonResponse("Minted.", BillingSessionSchema) },
});

export const platformBillingRouter: Router = createRouter().openapi(createOrganizationBillingSession, async (c) => {
  const secret = c.env.CUSTOMER_SESSION_SECRET;
  if (!secret) throw new ServiceUnavailableError("Customer sessions are not configured (CUSTOMER_SESSION_SECRET).", 60);
  const platform = platformOf(c.env);
  const { context, sql } = requestContext(c);
  const { expires_in } = c.req.valid("json");
  const session = await platformBillingSession(sql, stripeClient(c.env, platform.livemode), secret, platform, context, expires_in);
  return c.json(
    {
      object: "platform_billing_session" as const,
      organization: context.tenant.orgId,
      billing_tier: session.billingTier as BillingTier,
      platform: { organization: platform.orgId, livemode: platform.livemode, publishable_key: platform.publishableKey },
      customer: session.customer,
      token: session.token,
      expires_at: session.expiresAt,
    },
    201,
  );
});
