import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requestContext } from "../../app/request-context";
import { serializeSession } from "../../domain/checkout/checkout-sessions";
import { readCheckout, startCheckout } from "../../domain/checkout/start-checkout";
import { pinnedCustomerOf, scopedCustomer } from "../../domain/customer-scope";
import type { AppEnv } from "../../shared/env";
import { InvalidRequestError } from "../../shared/errors";
import type * as routes from "./checkout-sessions.routes";

/** The customer a checkout is for: a customer session's own (another id is 404); a key must name one. */
function buyerOf(c: Context<AppEnv>, requested: string | undefined): string {
  const pinned = pinnedCustomerOf(c.var.principal);
  if (pinned !== null) return scopedCustomer(pinned, requested ?? pinned, "customer");
  if (!requested) throw new InvalidRequestError("parameter_missing", "Name the customer who is buying (customer).", "customer");
  return requested;
}

/** The platform's publishable key for this mode (public by design) and the account the intent is on. */
const stripeJs = (c: Context<AppEnv>, stripeAccount: string) => ({
  publishable_key:
    (requestContext(c).context.tenant.livemode ? c.env.STRIPE_PUBLISHABLE_KEY_LIVE : c.env.STRIPE_PUBLISHABLE_KEY_TEST) || null,
  account: stripeAccount,
});

const ownCustomer = (c: Context<AppEnv>) => pinnedCustomerOf(c.var.principal) ?? undefined;

export const create: RouteHandler<typeof routes.createCheckoutSession, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  const customer = buyerOf(c, body.customer);
  const { row, clientSecret, stripeAccount } = await startCheckout(requestContext(c), { ...body, customer }, new Date());
  return c.json(serializeSession(row, clientSecret, stripeJs(c, stripeAccount)), 201);
};

export const retrieve: RouteHandler<typeof routes.getCheckoutSession, AppEnv> = async (c) => {
  const { row, clientSecret, stripeAccount } = await readCheckout(requestContext(c), c.req.valid("param").id, ownCustomer(c), new Date());
  return c.json(serializeSession(row, clientSecret, stripeJs(c, stripeAccount)), 200);
};
