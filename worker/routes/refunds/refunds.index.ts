import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { listPage } from "../../db/paginate";
import { withTenant } from "../../db/tenant";
import { createRefund, type RefundRow } from "../../domain/refunds/refunds";
import { currencyExponent } from "../../shared/money";
import { toTimestamp } from "../../shared/schemas";
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
    const billing = await requestContext(c).billing();
    return c.json(serializeRefund(await createRefund(billing, c.req.valid("json"))), 201);
  })
  .openapi(routes.listRefunds, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) =>
      listPage<RefundRow, ReturnType<typeof serializeRefund>>(tx, { table: "refunds", query, url: "/v1/refunds", map: serializeRefund }),
    );
    return c.json(page, 200);
  });
