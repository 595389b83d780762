import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { withTenant } from "../../db/tenant";
import { type BillingSettings, getBillingSettings, updateBillingSettings } from "../../domain/dunning/settings";
import * as routes from "./billing-settings.routes";

const serialize = (settings: BillingSettings, livemode: boolean) => ({ object: "billing_settings" as const, livemode, ...settings });

export const billingSettingsRouter: Router = createRouter()
  .openapi(routes.retrieveBillingSettings, async (c) => {
    const { tenant } = requestContext(c).context;
    const settings = await withTenant(c.var.db(), tenant, getBillingSettings);
    return c.json(serialize(settings, tenant.livemode), 200);
  })
  .openapi(routes.updateBillingSettings, async (c) => {
    const context = requestContext(c).context;
    const settings = await withTenant(c.var.db(), context.tenant, (tx) => updateBillingSettings(tx, context, c.req.valid("json")));
    return c.json(serialize(settings, context.tenant.livemode), 200);
  });
