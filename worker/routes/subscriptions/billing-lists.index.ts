import type { Context } from "hono";
import type { Fragment, TransactionSql } from "postgres";
import { createRouter, type Router } from "../../app/create-app";
import type { AppEnv } from "../../app/env";
import { listPage } from "../../db/paginate";
import { withTenant } from "../../db/tenant";
import { actionContext } from "../../domain/context";
import { type InvoiceRow, serializeInvoice } from "../../domain/invoices";
import { describeSubscriptions, type SubscriptionRow, serializeSubscription } from "../../domain/subscription-objects";
import * as routes from "./billing-lists.routes";

/** The customer a list is limited to: a customer session is always pinned to its own customer. */
function customerOf(c: Context<AppEnv>, requested: string | undefined): string | undefined {
  const principal = c.var.principal;
  return principal.kind === "customer_session" ? principal.customerId : requested;
}

export const billingListsRouter: Router = createRouter()
  .openapi(routes.listSubscriptions, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), actionContext(c).tenant, async (tx) => {
      const rows = await listPage<SubscriptionRow, SubscriptionRow>(tx, {
        table: "subscriptions",
        where: customerOf(c, query.customer) ? tx`customer_id = ${customerOf(c, query.customer) as string}` : tx`true`,
        query,
        url: "/v1/subscriptions",
        map: (row) => row,
      });
      return { ...rows, data: await describeSubscriptions(tx, rows.data) };
    });
    const now = new Date();
    return c.json({ ...page, data: page.data.map((row) => serializeSubscription(row, now)) }, 200);
  })
  .openapi(routes.listInvoices, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), actionContext(c).tenant, (tx) =>
      listPage<InvoiceRow, ReturnType<typeof serializeInvoice>>(tx, {
        table: "invoices",
        where: customerInvoices(c, tx, query.customer),
        query,
        url: "/v1/invoices",
        map: serializeInvoice,
      }),
    );
    return c.json(page, 200);
  });

function customerInvoices(c: Context<AppEnv>, tx: TransactionSql, requested: string | undefined): Fragment {
  const customer = customerOf(c, requested);
  return customer ? tx`stripe_customer_id = (select stripe_customer_id from customers where id = ${customer})` : tx`true`;
}

export { subscriptionObject } from "../../domain/subscription-objects";
// The objects are built in the domain (events carry them too); routes import them from here as before.
export { type InvoiceRow, serializeInvoice, serializeSubscription };
