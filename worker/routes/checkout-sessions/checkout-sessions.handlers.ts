import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app/env";
import { InvalidRequestError, NotFoundError } from "../../app/errors";
import { serializeSession } from "../../domain/checkout/checkout-sessions";
import { readCheckout, startCheckout } from "../../domain/checkout/start-checkout";
import { actionContext } from "../../domain/context";
import { stripeClient } from "../../stripe/client";
import type * as routes from "./checkout-sessions.routes";

const depsOf = (c: Context<AppEnv>) => {
  const context = actionContext(c);
  return { sql: c.var.db(), stripe: stripeClient(c.env, context.tenant.livemode), context };
};

/** The customer a checkout is for: a customer session's own (another id is 404); a key must name one. */
function buyerOf(c: Context<AppEnv>, requested: string | undefined): string {
  const principal = c.var.principal;
  if (principal.kind === "customer_session") {
    if (requested && requested !== principal.customerId)
      throw new NotFoundError(`No such customer: '${requested}'.`, "resource_missing", "customer");
    return principal.customerId;
  }
  if (!requested) throw new InvalidRequestError("parameter_missing", "Name the customer who is buying (customer).", "customer");
  return requested;
}

const ownCustomer = (c: Context<AppEnv>) => (c.var.principal.kind === "customer_session" ? c.var.principal.customerId : undefined);

export const create: RouteHandler<typeof routes.createCheckoutSession, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  const customer = buyerOf(c, body.customer);
  const { row, clientSecret } = await startCheckout(depsOf(c), { ...body, customer }, new Date());
  return c.json(serializeSession(row, clientSecret), 201);
};

export const retrieve: RouteHandler<typeof routes.getCheckoutSession, AppEnv> = async (c) => {
  const { row, clientSecret } = await readCheckout(depsOf(c), c.req.valid("param").id, ownCustomer(c), new Date());
  return c.json(serializeSession(row, clientSecret), 200);
};
