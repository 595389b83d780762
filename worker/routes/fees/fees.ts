import { z } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { defineRoute } from "../../auth/access";
import { withTenant } from "../../db/tenant";
import { monthlyFees } from "../../domain/fees/monthly-fees";
import { CurrencyExponent } from "../../shared/money";

const MonthSchema = z.object({
  month: z.string().describe("Calendar month in UTC, YYYY-MM, of the payments."),
  currency: z.string(),
  currency_exponent: CurrencyExponent,
  invoices: z.number().int().describe("Payments (paid invoices and one-time payments) in the month."),
  gross: z.number().int().describe("What those payments charged, in minor units."),
  fee: z.number().int().describe("BillingOS's fees taken on them."),
  net: z.number().int().describe("gross − fee: what the merchant kept before refunds."),
  refunded: z.number().int().describe("Refunded so far on those payments (whenever the refund was made)."),
  fee_returned: z.number().int().describe("Fees returned to the merchant with those refunds."),
  fee_income: z.number().int().describe("fee − fee_returned: BillingOS's fee income from the month's payments."),
});

export const listMonthlyFees = defineRoute({
  method: "get",
  path: "/v1/fees/monthly",
  tags: ["Billing"],
  summary: "BillingOS fees per month and currency, from the fee ledger (newest month first)",
  description:
    "Each payment counts in the month it was paid; refunds of it, and the fees they returned, count in that same month, " +
    "so a month's figures are final once its payments can no longer be refunded.",
  access: { principals: ["user", "secret_key"], permission: "organization:read", scope: "org" },
  request: {
    query: z.strictObject({ months: z.coerce.number().int().min(1).max(36).default(12).describe("How many months back, 1-36.") }),
  },
  responses: {
    200: {
      description: "Monthly totals.",
      content: {
        "application/json": { schema: z.object({ object: z.literal("list"), data: z.array(MonthSchema) }).openapi("MonthlyFees") },
      },
    },
  },
});

export const feesRouter: Router = createRouter().openapi(listMonthlyFees, async (c) => {
  const { months } = c.req.valid("query");
  const data = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) => monthlyFees(tx, months));
  return c.json({ object: "list" as const, data }, 200);
});
