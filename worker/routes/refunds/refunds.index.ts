import { createRouter, type Router } from "../../app/create-app";
import { currencyExponent } from "../../app/money";
import { toTimestamp } from "../../app/schemas";
import { listPage } from "../../db/paginate";
import { withTenant } from "../../db/tenant";
import { billingContext } from "../../domain/billing-context";
import { actionContext } from "../../domain/context";
import { createRefund, type RefundRow } from "../../domain/refunds/refunds";
import * as routes from "./refunds.routes";

export function serializeRefund(row: RefundRow) {
  return {
    id: row.id,
    object: "refund" as const,
    livemode: row.livemode,
    amount: Number(row.amount),
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    charge: row.charge_id,
    invoice: row.invoice_id,
    payment_intent: row.payment_intent_id,
    reason: row.reason,
    status: row.status,
    created: toTimestamp(row.created) as number,
  };
}

export const refundsRouter: Router = createRouter()
  .openapi(routes.createRefund, async (c) => {
    const billing = await billingContext(c);
    return c.json(serializeRefund(await createRefund(billing, c.req.valid("json"))), 201);
  })
  .openapi(routes.listRefunds, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), actionContext(c).tenant, (tx) =>
      listPage<RefundRow, ReturnType<typeof serializeRefund>>(tx, { table: "refunds", query, url: "/v1/refunds", map: serializeRefund }),
    );
    return c.json(page, 200);
  });
