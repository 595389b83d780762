import type { Context } from "hono";
import type { Router } from "../../app/router";
import type { AppEnv } from "../../shared/env";

/** The id of the admin page's Auth settings block, read by sdk/admin/session/auth-config.ts. */
export const AUTH_SETTINGS_ID = "billingos-admin-auth";

/**
 * The Supabase Auth project's public settings (its URL and anon key: never a secret) as a JSON data
 * block the admin reads synchronously, so it asks for nothing before the session restore. Every `<`
 * is written `\u003c` (JSON reads it back as `<`), so no value can close the block or open markup;
 * a data block is not run, so the page's CSP needs nothing for it.
 */
function authSettings(env: Pick<Env, "SUPABASE_URL" | "SUPABASE_ANON_KEY">): string {
  const json = JSON.stringify({ supabase_url: env.SUPABASE_URL, supabase_anon_key: env.SUPABASE_ANON_KEY }).replaceAll("<", "\\u003c");
  return `<script type="application/json" id="${AUTH_SETTINGS_ID}">${json}</script>`;
}

/**
 * The admin's page, the same for every /admin/* path (the app routes in the browser, so deep links
 * and reloads work); the app itself is /admin/assets/admin.js, built from sdk/admin by the SDK's rollup.
 */
const shell = (stripeScript: string, settings: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>BillingOS admin</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/admin/assets/admin.css">${stripeScript}
</head>
<body>
  ${settings}
  <billing-admin-app></billing-admin-app>
  <script type="module" src="/admin/assets/admin.js"></script>
</body>
</html>
`;

/**
 * Locally the Stripe emulator (STRIPE_API_BASE) serves a stand-in of Stripe.js, which the checkout
 * uses when it is on the page before the app (as the examples do); in production nothing is added
 * and the checkout loads Stripe.js from js.stripe.com when it first needs it.
 */
function stripeEmulatorScript(stripeApiBase: string | undefined): string {
  if (!stripeApiBase) return "";
  const src = new URL("/v3/stripe.js", stripeApiBase).href.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return `\n  <script src="${src}"></script>`;
}

/** `/admin/…`: the merchant admin page, with the public settings it needs (no secrets). */
export function mountAdmin(app: Router) {
  app.get("/admin", (c) => c.redirect("/admin/", 301));
  app.get("/admin/*", (c: Context<AppEnv>) => c.html(shell(stripeEmulatorScript(c.env.STRIPE_API_BASE), authSettings(c.env))));
}
