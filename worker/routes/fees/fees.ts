import { z } from "@hono/zod-openapi";
import { createRouter, type Router } from "../../app/create-app";
import { defineRoute } from "../../auth/access";
import { withTenant } from "../../db/tenant";
import { actionContext } from "../../domain/context";

const MonthSchema = z.object({
  month: z.string().describe("Calendar month in UTC, YYYY-MM."),
  currency: z.string(),
  invoices: z.number().int(),
  gross: z.number().int(),
  fee: z.number().int(),
  net: z.number().int(),
});

export const listMonthlyFees = defineRoute({
  method: "get",
  path: "/v1/fees/monthly",
  tags: ["Billing"],
  summary: "BillingOS fees per month and currency, from the fee ledger (newest month first)",
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
  const rows = await withTenant(
    c.var.db(),
    actionContext(c).tenant,
    (tx) => tx<{ month: string; currency: string; invoices: number; gross: string; fee: string; net: string }[]>`
      select to_char(date_trunc('month', created at time zone 'UTC'), 'YYYY-MM') as month, currency, count(*)::int as invoices,
             sum(gross)::text as gross, sum(fee)::text as fee, sum(net)::text as net
      from fee_ledger
      where created >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC' - make_interval(months => ${months - 1})
      group by 1, 2 order by 1 desc, 2`,
  );
  const data = rows.map((row) => ({ ...row, gross: Number(row.gross), fee: Number(row.fee), net: Number(row.net) }));
  return c.json({ object: "list" as const, data }, 200);
});
