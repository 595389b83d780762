import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { layout } from "../pages/layout";
import { type PageRoute, sendHtml } from "../pages/page-router";

const here = dirname(fileURLToPath(import.meta.url));
const stripeJs = readFileSync(join(here, "stripe.js"), "utf8");
const frameJs = readFileSync(join(here, "payment-frame.js"), "utf8");

const FRAME_STYLE = `<style>
:root{--color-primary:#635bff;--color-text:#30313d;--color-background:#fff;--font-family:system-ui,sans-serif;--border-radius:6px;color-scheme:light}
body{margin:0;background:transparent;font-family:var(--font-family);color:var(--color-text)}
main{all:unset;display:block;padding:4px}
label{display:block;font-size:13px;margin:6px 0 2px}
input{box-sizing:border-box;width:100%;padding:9px;border:1px solid color-mix(in srgb,var(--color-text) 22%,transparent);border-radius:var(--border-radius);font:inherit;color:var(--color-text);background:var(--color-background)}
input:focus{outline:2px solid var(--color-primary)}.row{display:flex;gap:8px}.row>div{flex:1}
#card-error{color:#df1b41;font-size:13px;min-height:18px;margin-top:6px}
</style>`;

function script(ctx: Parameters<PageRoute["handle"]>[0], body: string) {
  ctx.response.writeHead(200, {
    "content-type": "text/javascript; charset=utf-8",
    "access-control-allow-origin": "*",
    "cache-control": "no-cache",
  });
  ctx.response.end(body);
}

/** The Stripe.js stand-in and the Payment Element's card frame. */
export const stripeJsRoutes: PageRoute[] = [
  { method: "GET", path: "/v3/stripe.js", handle: async (ctx) => script(ctx, stripeJs) },
  { method: "GET", path: "/v3/elements/payment.js", handle: async (ctx) => script(ctx, frameJs) },
  {
    method: "GET",
    path: "/v3/elements/:type",
    async handle(ctx) {
      const body = `${FRAME_STYLE}<form id="card-form" autocomplete="on" novalidate>
<label for="card-number">Card number</label><input id="card-number" name="cardnumber" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234">
<div class="row"><div><label for="card-expiry">Expiration</label><input id="card-expiry" name="exp-date" autocomplete="cc-exp" placeholder="MM / YY"></div>
<div><label for="card-cvc">CVC</label><input id="card-cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"></div></div>
<div id="card-error" role="alert"></div></form>`;
      sendHtml(ctx, 200, layout("Payment", body, ["/v3/elements/payment.js"]).replace(/<style>[\s\S]*?<\/style>/, ""));
    },
  },
];
