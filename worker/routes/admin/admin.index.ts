import type { Context } from "hono";
import type { Router } from "../../app/router";
import type { AppEnv } from "../../shared/env";

/**
 * The admin's page, the same for every /admin/* path (the app routes in the browser, so deep links
 * and reloads work); the app itself is /admin/assets/admin.js, built from sdk/admin by the SDK's rollup.
 */
const shell = (stripeScript: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>BillingOS admin</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/admin/assets/admin.css">${stripeScript}
</head>
<body>
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

/** `/admin/…`: the merchant admin page and the public settings it needs (no secrets). */
export function mountAdmin(app: Router) {
  app.get("/admin", (c) => c.redirect("/admin/", 301));
  app.get("/admin/config.json", (c: Context<AppEnv>) =>
    c.json({ supabase_url: c.env.SUPABASE_URL, supabase_anon_key: c.env.SUPABASE_ANON_KEY }, 200, { "Cache-Control": "no-store" }),
  );
  app.get("/admin/*", (c: Context<AppEnv>) => c.html(shell(stripeEmulatorScript(c.env.STRIPE_API_BASE))));
}
