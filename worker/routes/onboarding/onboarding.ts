import { z } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { defineRoute } from "../../auth/access";
import { onboardingState } from "../../domain/onboarding";
import { jsonResponse, Timestamp } from "../../shared/schemas";

const Step = <T extends z.ZodRawShape>(shape: T, description: string) => z.object({ done: z.boolean(), ...shape }).describe(description);

const OnboardingSchema = z
  .object({
    object: z.literal("organization_onboarding"),
    steps: z.object({
      connect_stripe: Step(
        { account: z.string().nullable(), charges_enabled: z.boolean() },
        "A test-mode Stripe account that finished onboarding (POST /v1/connect/account, then its onboarding link).",
      ),
      create_product: Step({}, "At least one product, in either mode."),
      embed_snippet: Step(
        { first_used: Timestamp.nullable(), origin: z.string().nullable() },
        "A browser called the API with one of the organisation's publishable keys from an allowed origin: the snippet is on a page.",
      ),
      go_live: Step(
        { charges_enabled: z.boolean(), live_api_key: z.boolean() },
        "A live-mode Stripe account that can take charges, and a live secret or restricted key.",
      ),
    }),
    completed: z.boolean().describe("Every step is done."),
  })
  .openapi("OrganizationOnboarding");

export const getOrganizationOnboarding = defineRoute({
  method: "get",
  path: "/v1/organization/onboarding",
  tags: ["Organizations"],
  summary: "The onboarding checklist of the organisation, from what it has done in both modes",
  access: { principals: ["user"], permission: "organization:read", scope: "org" },
  request: { query: z.strictObject({}) },
  responses: { 200: jsonResponse("Each step and whether it is done.", OnboardingSchema) },
});

export const onboardingRouter: Router = createRouter().openapi(getOrganizationOnboarding, async (c) => {
  const { context, sql } = requestContext(c);
  return c.json(await onboardingState(sql, context.tenant.orgId), 200);
});
