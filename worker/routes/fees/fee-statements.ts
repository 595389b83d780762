import { z } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { type AccessRule, defineRoute } from "../../auth/access";
import { connect } from "../../db/client";
import { withTenant } from "../../db/tenant";
import { listFeeLedger } from "../../domain/fees/fee-ledger";
import { feeStatementCsv } from "../../domain/fees/fee-statement-csv";
import { feeStatementPdf } from "../../domain/fees/fee-statement-pdf";
import { statementData } from "../../domain/fees/statement-data";
import { CurrencyExponent } from "../../shared/money";
import { listSchema, PageQuerySchema, Timestamp } from "../../shared/schemas";

const access: AccessRule = { principals: ["user", "secret_key"], permission: "organization:read", scope: "org" };
const tags = ["Billing"];

/** YYYY-MM, a calendar month in UTC that has begun. */
const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a calendar month as YYYY-MM, e.g. 2026-11")
  .refine((month) => month <= new Date().toISOString().slice(0, 7), "this month has not begun yet")
  .openapi({ example: "2026-11" });

const FeeLedgerEntrySchema = z
  .object({
    id: z.string().openapi({ example: "fle_42" }),
    object: z.literal("fee_ledger_entry"),
    livemode: z.boolean(),
    invoice: z.string().nullable().describe("The paid invoice, for subscription payments."),
    payment_intent: z.string().nullable().describe("The PaymentIntent, for one-time payments."),
    charge: z.string().nullable(),
    application_fee: z.string().nullable().describe("Stripe's application fee object that holds BillingOS's fee."),
    currency: z.string(),
    currency_exponent: CurrencyExponent,
    gross: z.number().int().describe("What the payment charged, in minor units."),
    fee: z.number().int().describe("BillingOS's fee taken on it (0 on a BillingOS tier)."),
    net: z.number().int().describe("gross − fee."),
    refunded: z.number().int(),
    fee_returned: z.number().int().describe("Fee returned to the merchant with the refunds."),
    fee_income: z.number().int().describe("fee − fee_returned."),
    created: Timestamp.describe("When the payment was recorded (its statement month, UTC)."),
  })
  .openapi("FeeLedgerEntry");

export const listFeeLedgerRoute = defineRoute({
  method: "get",
  path: "/v1/fees/ledger",
  tags,
  summary: "The fee ledger: one entry per paid invoice or one-time payment, newest first",
  access,
  request: {
    query: PageQuerySchema.extend({
      month: Month.optional().describe("Only payments of this month (UTC)."),
      currency: z
        .string()
        .regex(/^[a-z]{3}$/, "a three-letter ISO 4217 code in lower case")
        .optional(),
    }),
  },
  responses: {
    200: {
      description: "A page of entries.",
      content: { "application/json": { schema: listSchema(FeeLedgerEntrySchema, "FeeLedgerList") } },
    },
  },
});

export const getFeeStatementRoute = defineRoute({
  method: "get",
  path: "/v1/fees/statements/{month}",
  tags,
  summary: "A month's fee statement as CSV (every payment, streamed) or PDF (totals per currency and the payments)",
  description:
    "Amounts are formatted from integer minor units with each currency's exponent, beside the ISO code. The PDF lists " +
    "the first 1,000 payments and says how many there were; the CSV lists every one.",
  access,
  request: {
    params: z.object({ month: Month }),
    query: z.strictObject({
      format: z.enum(["csv", "pdf"]).default("pdf").describe("csv: spreadsheet rows; pdf (default): the printable statement."),
    }),
  },
  responses: {
    200: {
      description: "The statement, as a download.",
      content: {
        "text/csv": { schema: z.string().openapi({ format: "binary" }) },
        "application/pdf": { schema: z.string().openapi({ format: "binary" }) },
      },
    },
  },
});

export const feeStatementsRouter: Router = createRouter()
  .openapi(listFeeLedgerRoute, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) => listFeeLedger(tx, query, "/v1/fees/ledger"));
    return c.json(page, 200);
  })
  .openapi(getFeeStatementRoute, async (c) => {
    const { month } = c.req.valid("param");
    const { format } = c.req.valid("query");
    const { tenant } = requestContext(c).context;
    const mode = tenant.livemode ? "live" : "test";
    const filename = `billingos-fees-${tenant.orgId}-${mode}-${month}.${format}`;
    const headers = { "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "private, no-store" };
    if (format === "csv") {
      // Its own client: the stream outlives the request's, which closes when the handler returns.
      const body = feeStatementCsv(connect(c.env.HYPERDRIVE.connectionString), tenant, month);
      return c.body(body, 200, { ...headers, "Content-Type": "text/csv; charset=utf-8" }) as never;
    }
    const data = await withTenant(c.var.db(), tenant, (tx) => statementData(tx, month));
    const pdf = await feeStatementPdf({ ...data, livemode: tenant.livemode, month, generated: new Date() });
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { ...headers, "Content-Type": "application/pdf" }) as never;
  });
