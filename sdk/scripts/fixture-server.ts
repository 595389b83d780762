// A local page server for browser checks outside the test runner (screenshots, CSP): serves a page
// with a strict Content-Security-Policy header that loads the built dist/billingos.js, plus a fake
// `GET /v1/pricing` answering fixture data. No network.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Pricing } from "../client/client";
import type { FakePortalApi } from "../fixtures/fake-portal-api";
import { USAGE_CSS, USAGE_JS, usagePage, usageState } from "./usage-page";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const CSS = `body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;background:#fff;color:#0f172a}
main{max-width:1120px;margin:0 auto;padding:56px 24px}h1{margin:0 0 8px;text-align:center;font-size:2rem;letter-spacing:-.02em}
main>p{margin:0 0 40px;text-align:center;color:#64748b}
@media (prefers-color-scheme: dark){body{background:#0b0d12;color:#e5e7eb}main>p{color:#9ca3af}}
@media (max-width:600px){main{padding:32px 16px}h1{font-size:1.5rem}}`;

const API_DOWN = JSON.stringify({ error: { type: "api_error", code: "api_error", message: "Down.", request_id: "req_1" } });

export interface FixtureServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A signed-in customer for the `/portal` page (a script, since the strict CSP forbids inline ones). */
const PORTAL_SCRIPT = `document.querySelector("billing-provider").fetchSession = async () =>
  ({ token: "bcs_test_fixture", expires_at: Math.floor(Date.now() / 1000) + 900, customer: "cus_1" });`;

/**
 * `table` is the attribute string of <billing-pricing-table> (e.g. `per-seat="prod_business" comparison`).
 * With `portal`, `/portal` shows <billing-portal> for a signed-in customer, and the fake API answers its calls.
 */
export async function startFixtureServer(pricing: Pricing, table = "", portal?: FakePortalApi): Promise<FixtureServer> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.pathname === "/") {
      const attributes = url.searchParams.get("table") ?? table;
      const page = `<!doctype html>
<html lang="${url.searchParams.get("lang") ?? "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pricing</title><link rel="stylesheet" href="/page.css"><script src="/billingos.js"></script></head>
<body><main><h1>Simple pricing for every team</h1><p>Start free, upgrade when you grow. Cancel any time.</p>
<billing-provider publishable-key="pk_test_fixture" api-base="${origin}"><billing-pricing-table ${attributes}></billing-pricing-table></billing-provider>
</main></body></html>`;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": STRICT_CSP }).end(page);
    } else if (url.pathname === "/usage")
      response
        .writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": STRICT_CSP })
        .end(usagePage(origin, url.searchParams.get("lang") ?? "en"));
    else if (url.pathname === "/usage.css") response.writeHead(200, { "content-type": "text/css" }).end(USAGE_CSS);
    else if (url.pathname === "/usage.js") response.writeHead(200, { "content-type": "text/javascript" }).end(USAGE_JS);
    else if (url.pathname === "/v1/customer_state") {
      // ?answer= on the page's URL (sent as Referer): loading (never answers), error, xss; else the usage state.
      const answer = new URL(request.headers.referer ?? "/", "http://localhost").searchParams.get("answer");
      if (answer === "loading") return;
      if (answer === "error") response.writeHead(500, { "content-type": "application/json" }).end(API_DOWN);
      else {
        const state = usageState(answer === "xss" ? XSS_PAYLOAD : undefined);
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(state));
      }
    } else if (url.pathname === "/portal" && portal) {
      const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Billing</title><link rel="stylesheet" href="/page.css"><script src="/billingos.js"></script><script src="/portal.js" defer></script></head>
<body><main><h1>Billing</h1><billing-provider publishable-key="pk_test_fixture" api-base="${origin}"><billing-portal></billing-portal></billing-provider>
</main></body></html>`;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": STRICT_CSP }).end(page);
    } else if (url.pathname === "/portal.js") response.writeHead(200, { "content-type": "text/javascript" }).end(PORTAL_SCRIPT);
    else if (url.pathname.startsWith("/v1/") && url.pathname !== "/v1/pricing" && portal) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const answer = await portal.fetch(`${origin}${request.url}`, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      });
      response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
    } else if (url.pathname === "/page.css") response.writeHead(200, { "content-type": "text/css" }).end(CSS);
    else if (url.pathname === "/billingos.js")
      response.writeHead(200, { "content-type": "text/javascript" }).end(await readFile(join(dist, "billingos.js")));
    else if (/^\/billingos\.[a-z]{2}\.[0-9a-f]{12}\.js$/.test(url.pathname)) {
      // A language script the page loads on demand; ?localeDelay=<ms> on the page's URL (the Referer) holds it back.
      const delay = Number(new URL(request.headers.referer ?? "/", "http://localhost").searchParams.get("localeDelay") ?? 0);
      await new Promise((resolve) => setTimeout(resolve, delay));
      response.writeHead(200, { "content-type": "text/javascript" }).end(await readFile(join(dist, url.pathname.slice(1))));
    } else if (url.pathname === "/v1/pricing") response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(pricing));
    else if (url.pathname === "/favicon.ico") response.writeHead(204).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A held customer_state request (the loading screenshot) would keep the server open.
        server.closeAllConnections();
      }),
  };
}

/** Markup that would run script if an element rendered it as HTML. */
export const XSS_PAYLOAD = `<img src=x onerror="window.__billingXss=1">`;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
