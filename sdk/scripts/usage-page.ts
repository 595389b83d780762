// The page of meters and gates that the strict-CSP check and the screenshots load (served by
// fixture-server.ts): every meter state, compact and full, and gates open, locked and at a limit.
import type { CustomerStateDocument } from "../client/entitlement-decision";
import { entitlement, quota, stateDocument } from "../fixtures/customer-state";

/** One customer with a feature in each meter state (the XSS variant puts markup in names and units). */
export function usageState(xss?: string): CustomerStateDocument {
  return stateDocument([
    quota("api_calls", 1234, 10_000, xss ? { feature_name: xss, unit_label: xss } : {}),
    quota("storage", 8.6, 10, { feature_name: "Storage", unit_label: "GB" }),
    entitlement("seats", { feature_name: "Seats", type: "limit", value: 5, used: 5 }),
    quota("emails", 12_480, 10_000, { feature_name: "Emails", unit_label: "email", overage_unit_amounts: { usd: 1 } }),
    quota("projects", 42, "unlimited", { feature_name: "Projects", unit_label: "project" }),
    entitlement("sso", { feature_name: "Single sign-on" }),
  ]);
}

const FEATURES = ["api_calls", "storage", "seats", "emails", "projects", "audit_log"];

export function usagePage(apiBase: string, lang: string): string {
  const meters = (variant: string) =>
    FEATURES.map((feature) => `<billing-usage-meter feature="${feature}" variant="${variant}"></billing-usage-meter>`).join("\n");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Usage</title><link rel="stylesheet" href="/page.css"><link rel="stylesheet" href="/usage.css"><script src="/billingos.js"></script></head>
<body><main class="usage"><billing-provider publishable-key="pk_test_fixture" api-base="${apiBase}">
<h1>Usage</h1>
<section class="meters">${meters("full")}</section>
<h2>Compact</h2>
<section class="compact">${meters("compact")}</section>
<h2>Feature gates</h2>
<section class="gates">
<billing-feature-gate feature="sso"><div class="content">Single sign-on is on for your team.</div></billing-feature-gate>
<billing-feature-gate feature="audit_log"><div class="content">Audit log</div></billing-feature-gate>
<billing-feature-gate feature="seats" price="price_business"><div class="content">Invite a teammate</div></billing-feature-gate>
</section>
</billing-provider></main><script src="/usage.js"></script></body></html>`;
}

export const USAGE_CSS = `main.usage{max-width:880px;text-align:left}main.usage h1,main.usage h2{text-align:left}
main.usage h2{margin:40px 0 16px;font-size:1.125rem}
.meters{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:16px;margin-top:24px}
.compact{display:flex;flex-direction:column;gap:20px;max-width:420px}
.gates{display:flex;flex-direction:column;gap:16px}
.content{padding:16px 20px;border:1px solid #e2e8f0;border-radius:12px}
@media (prefers-color-scheme: dark){.content{border-color:#262b36}}`;

/** Signs the page's customer in (under the strict CSP, page script comes from a file). */
export const USAGE_JS = `document.querySelector("billing-provider").fetchSession = async () =>
  ({ token: "cs_test_fixture", expires_at: Math.floor(Date.now() / 1000) + 900, customer: "cus_1" });`;
