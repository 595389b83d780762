import type Stripe from "stripe";
import { completeOnboarding } from "../connect/accounts";
import { platformScope, scopeOf } from "../store/store";
import { layout } from "./layout";
import { escapeHtml, type PageContext, type PageRoute, sendHtml } from "./page-router";

function money(amount: number, currency: string) {
  return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

function linkAccount(ctx: PageContext, kind: "onboarding" | "dashboard") {
  const token = ctx.args[0] ?? "";
  const accountId = ctx.core.store.link(`${kind}:${token}`, "account");
  const livemode = ctx.core.store.link(`${kind}:${token}`, "livemode") === "true";
  const account = accountId ? ctx.core.store.get<Stripe.Account>(platformScope(livemode), "accounts", accountId) : undefined;
  return { token, account, livemode };
}

/** Stripe-hosted Connect pages, locally: Express onboarding and the Express dashboard. */
export const connectPageRoutes: PageRoute[] = [
  {
    method: "GET",
    path: "/_emulator/connect/onboarding/:token",
    async handle(ctx) {
      const { token, account } = linkAccount(ctx, "onboarding");
      if (!account) return sendHtml(ctx, 404, layout("Onboarding", "<h1>This onboarding link is not valid.</h1>"));
      const expiresAt = Number(ctx.core.store.link(`onboarding:${token}`, "expires_at"));
      if (Date.now() / 1000 > expiresAt) {
        const refresh = ctx.core.store.link(`onboarding:${token}`, "refresh_url") ?? "";
        return sendHtml(
          ctx,
          410,
          layout("Onboarding", `<h1>This link has expired</h1><p><a href="${escapeHtml(refresh)}">Start again</a></p>`),
        );
      }
      const body = `<h1>Set up payments for ${escapeHtml(account.business_profile?.name ?? account.email ?? account.id)}</h1>
<p class="note">Stripe emulator: Express onboarding for <code>${escapeHtml(account.id)}</code>. Completing it enables charges and payouts.</p>
<table><tr><th>Still required</th><td>${escapeHtml((account.requirements?.currently_due ?? []).join(", ") || "nothing")}</td></tr></table>
<form method="post"><p><button type="submit" id="complete-onboarding">Complete onboarding</button></p></form>`;
      sendHtml(ctx, 200, layout("Onboarding", body));
    },
  },
  {
    method: "POST",
    path: "/_emulator/connect/onboarding/:token",
    async handle(ctx) {
      await ctx.readBody();
      const { token, account, livemode } = linkAccount(ctx, "onboarding");
      if (!account) return sendHtml(ctx, 404, layout("Onboarding", "<h1>This onboarding link is not valid.</h1>"));
      completeOnboarding({ emulator: ctx.core, scope: platformScope(livemode), livemode, account: null, request: null }, account.id);
      const returnUrl = ctx.core.store.link(`onboarding:${token}`, "return_url");
      if (returnUrl) {
        ctx.response.writeHead(303, { location: returnUrl }).end();
        return;
      }
      sendHtml(
        ctx,
        200,
        layout("Onboarding", `<h1>Onboarding complete</h1><p data-account="${escapeHtml(account.id)}">You can close this page.</p>`),
      );
    },
  },
  {
    method: "GET",
    path: "/_emulator/connect/dashboard/:token",
    async handle(ctx) {
      const { account, livemode } = linkAccount(ctx, "dashboard");
      if (!account) return sendHtml(ctx, 404, layout("Dashboard", "<h1>This login link is not valid.</h1>"));
      const charges = ctx.core.store.all<Stripe.Charge>(scopeOf(livemode, account.id), "charges").slice(0, 20);
      const schedule = account.settings?.payouts?.schedule;
      const rows = charges
        .map(
          (charge) =>
            `<tr><td>${escapeHtml(charge.id)}</td><td>${escapeHtml(money(charge.amount, charge.currency))}</td><td>${escapeHtml(charge.status)}</td></tr>`,
        )
        .join("");
      const body = `<h1>Express dashboard</h1><p class="note">Stripe emulator · ${escapeHtml(account.id)}</p>
<table><tr><th>Charges enabled</th><td>${account.charges_enabled ? "yes" : "no"}</td></tr><tr><th>Payouts enabled</th><td>${account.payouts_enabled ? "yes" : "no"}</td></tr>
<tr><th>Payout schedule</th><td>${escapeHtml(schedule ? `${schedule.interval}, ${schedule.delay_days} day delay` : "none")}</td></tr></table>
<h2>Recent payments</h2><table><tr><th>Charge</th><th>Amount</th><th>Status</th></tr>${rows || '<tr><td colspan="3">No payments yet</td></tr>'}</table>`;
      sendHtml(ctx, 200, layout("Express dashboard", body));
    },
  },
];
