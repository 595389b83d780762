import { z } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { defineRoute } from "../../auth/access";
import { migrateSubscribers } from "../../domain/catalogue/subscriber-migration";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { IdParam, jsonBody } from "../../shared/schemas";
import { syncTargetOf } from "../catalogue/catalogue.mirror";

const MigrateSubscribersSchema = z
  .strictObject({
    timing: z.enum(["now", "at_renewal"]).describe("`now`: switch the price at once; `at_renewal`: from the end of the current period."),
    proration_behavior: z
      .enum(["none", "create_prorations"])
      .default("none")
      .describe("With `now`: whether Stripe prorates the rest of the period."),
    dry_run: z.boolean().default(false).describe("Report what would happen; nothing is sent to Stripe or written."),
  })
  .openapi("MigrateSubscribers");

const MigrationReportSchema = z
  .object({
    object: z.literal("subscriber_migration"),
    product: z.string(),
    timing: z.enum(["now", "at_renewal"]),
    dry_run: z.boolean(),
    migrated: z.array(z.object({ subscription: z.string(), from_price: z.string(), to_price: z.string() })),
    skipped: z.array(
      z.object({
        subscription: z.string(),
        reason: z
          .string()
          .describe(
            "subscription_incomplete, no_equivalent_price, currency_not_offered, multiple_items, change_scheduled (a plan change or an earlier migration is already scheduled), price_not_on_stripe, no_connected_account or stripe_error (with `message`).",
          ),
        message: z.string().optional(),
      }),
    ),
  })
  .openapi("SubscriberMigration");

export const migrateProductSubscribers = defineRoute({
  method: "post",
  path: "/v1/products/{id}/migrate_subscribers",
  tags: ["Catalogue"],
  summary: "Move subscribers of older versions of a product to its current version",
  description:
    "Each live subscription on an older version moves to the current version's price with the same type, interval and interval count that is sold in the subscription's currency; others are reported in `skipped` with a reason.",
  access: { principals: ["user", "secret_key", "restricted_key"], permission: "subscriptions:write", scope: "org" },
  errors: [...STRIPE_REFUSALS],
  request: { params: IdParam, body: jsonBody(MigrateSubscribersSchema) },
  responses: { 200: { description: "What moved and what did not.", content: { "application/json": { schema: MigrationReportSchema } } } },
});

export const productMigrationsRouter: Router = createRouter().openapi(migrateProductSubscribers, async (c) => {
  const { id } = c.req.valid("param");
  const options = c.req.valid("json");
  const context = requestContext(c).context;
  const report = await migrateSubscribers(c.var.db(), context, () => syncTargetOf(c, context.tenant), id, options);
  return c.json({ object: "subscriber_migration" as const, product: id, timing: options.timing, dry_run: options.dry_run, ...report }, 200);
});
