import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { nowSeconds } from "../events/events";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { parseParams } from "../http/params";
import { mustGet } from "../resources/lookup";
import { platformScope } from "../store/store";

/** Account Links expire after five minutes at Stripe; the local onboarding page honours the same. */
const LINK_TTL_SECONDS = 300;

export const linkRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/account_links",
    handler(ctx) {
      const params = parseParams(
        ctx.input,
        {
          account: "string",
          refresh_url: "string",
          return_url: "string",
          type: { enum: ["account_onboarding", "account_update"] },
          collect: "string",
          collection_options: "any",
        },
        ["account", "type"],
      );
      const account = mustGet<Stripe.Account>(
        { ...ctx, scope: platformScope(ctx.livemode) },
        "accounts",
        params.account ?? "",
        "account",
        "account",
      );
      const token = randomBytes(16).toString("hex");
      const created = nowSeconds();
      ctx.emulator.store.setLink(`onboarding:${token}`, "account", account.id);
      ctx.emulator.store.setLink(`onboarding:${token}`, "livemode", String(ctx.livemode));
      ctx.emulator.store.setLink(`onboarding:${token}`, "return_url", params.return_url ?? "");
      ctx.emulator.store.setLink(`onboarding:${token}`, "refresh_url", params.refresh_url ?? "");
      ctx.emulator.store.setLink(`onboarding:${token}`, "expires_at", String(created + LINK_TTL_SECONDS));
      const link: Stripe.AccountLink = {
        object: "account_link",
        created,
        expires_at: created + LINK_TTL_SECONDS,
        url: `${ctx.emulator.baseUrl}/_emulator/connect/onboarding/${token}`,
      };
      return link;
    },
  },
  {
    method: "POST",
    path: "/v1/accounts/:id/login_links",
    handler(ctx) {
      parseParams(ctx.input, {});
      const account = mustGet<Stripe.Account>(
        { ...ctx, scope: platformScope(ctx.livemode) },
        "accounts",
        ctx.args[0] ?? "",
        "account",
        "account",
      );
      if (account.type !== "express") throw errors.badRequest("Login links can only be created for Express accounts.", "account_invalid");
      if (!account.details_submitted)
        throw errors.badRequest("Cannot create a login link for an account that has not completed onboarding.", "account_invalid");
      const token = randomBytes(16).toString("hex");
      ctx.emulator.store.setLink(`dashboard:${token}`, "account", account.id);
      ctx.emulator.store.setLink(`dashboard:${token}`, "livemode", String(ctx.livemode));
      const link: Stripe.LoginLink = {
        object: "login_link",
        created: nowSeconds(),
        url: `${ctx.emulator.baseUrl}/_emulator/connect/dashboard/${token}`,
      };
      return link;
    },
  },
];
