import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import * as connect from "../../domain/connect";
import type { AppEnv } from "../../shared/env";
import { stripeClient } from "../../stripe/client";
import { mirrorPending } from "../catalogue/catalogue.mirror";
import type * as routes from "./connect.routes";

/** The account object (built in the domain, which also sends it in `connect.account.updated` events). */
export const serializeAccount = connect.accountObject;

function setup(c: Context<AppEnv>) {
  const context = requestContext(c).context;
  return { context, stripe: stripeClient(c.env, context.tenant.livemode), sql: c.var.db() };
}

async function accountId(c: Context<AppEnv>) {
  const { tenant } = requestContext(c).context;
  const row = await withTenant(c.var.db(), tenant, connect.findAccount);
  if (!row) throw connect.notConnected();
  return row.stripe_account_id;
}

export const create: RouteHandler<typeof routes.createAccount, AppEnv> = async (c) => {
  const { context, stripe, sql } = setup(c);
  const account = await connect.connectAccount(sql, stripe, context, c.req.valid("json"));
  // Objects created before connecting go to Stripe now (and any a previous attempt left behind).
  await mirrorPending(c);
  return c.json(serializeAccount(account), 200);
};

export const retrieve: RouteHandler<typeof routes.retrieveAccount, AppEnv> = async (c) => {
  const { context, stripe, sql } = setup(c);
  return c.json(serializeAccount(await connect.refreshAccount(sql, stripe, context)), 200);
};

export const onboardingLink: RouteHandler<typeof routes.createOnboardingLink, AppEnv> = async (c) => {
  const { stripe } = setup(c);
  const { return_url, refresh_url } = c.req.valid("json");
  const link = await stripe.accountLinks.create({ account: await accountId(c), type: "account_onboarding", return_url, refresh_url });
  return c.json({ object: "link" as const, url: link.url, expires_at: link.expires_at }, 200);
};

export const dashboardLink: RouteHandler<typeof routes.createDashboardLink, AppEnv> = async (c) => {
  const { stripe } = setup(c);
  const link = await stripe.accounts.createLoginLink(await accountId(c));
  return c.json({ object: "link" as const, url: link.url, expires_at: null }, 200);
};

export const payoutSchedule: RouteHandler<typeof routes.updatePayoutSchedule, AppEnv> = async (c) => {
  const { context, stripe, sql } = setup(c);
  return c.json(serializeAccount(await connect.updatePayoutSchedule(sql, stripe, context, c.req.valid("json"))), 200);
};
