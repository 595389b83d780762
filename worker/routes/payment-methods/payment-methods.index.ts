import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import * as methods from "../../domain/payment-methods";
import * as routes from "./payment-methods.routes";

export const paymentMethodsRouter: Router = createRouter()
  .openapi(routes.listPaymentMethods, async (c) => {
    const billing = await requestContext(c).billing();
    return c.json(await methods.listPaymentMethods(billing, c.req.valid("param").id, c.req.valid("query")), 200);
  })
  .openapi(routes.createSetupIntent, async (c) => {
    const billing = await requestContext(c).billing();
    const { account, ...intent } = await methods.createSetupIntent(billing, c.req.valid("param").id);
    // The platform's publishable key is public by design; the page needs it with the account to mount the Payment Element.
    const publishable = billing.context.tenant.livemode ? c.env.STRIPE_PUBLISHABLE_KEY_LIVE : c.env.STRIPE_PUBLISHABLE_KEY_TEST;
    return c.json({ ...intent, stripe: { publishable_key: publishable || null, account } }, 201);
  })
  .openapi(routes.setDefaultPaymentMethod, async (c) => {
    const billing = await requestContext(c).billing();
    const { id, pm } = c.req.valid("param");
    return c.json(await methods.setDefaultPaymentMethod(billing, id, pm), 200);
  })
  .openapi(routes.removePaymentMethod, async (c) => {
    const billing = await requestContext(c).billing();
    const { id, pm } = c.req.valid("param");
    return c.json(await methods.removePaymentMethod(billing, id, pm), 200);
  });
