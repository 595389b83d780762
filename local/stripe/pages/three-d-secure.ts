import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { completeAuthentication } from "../payments/payment-flow";
import { completeSetupAuthentication } from "../payments/setup-intents";
import { layout } from "./layout";
import { escapeHtml, type PageContext, type PageRoute, readJson, sendHtml, sendJson } from "./page-router";

type Intent = Stripe.PaymentIntent | Stripe.SetupIntent;

function findIntent(ctx: PageContext, id: string): { intent: Intent; scope: ScopeContext } | undefined {
  const collection = id.startsWith("seti_") ? "setup_intents" : "payment_intents";
  for (const scope of ctx.core.store.scopes()) {
    const intent = ctx.core.store.get<Intent>(scope, collection, id);
    if (intent) {
      const [mode, owner] = scope.split("/");
      return {
        intent,
        scope: {
          emulator: ctx.core,
          scope,
          livemode: mode === "live",
          account: owner === "platform" ? null : (owner ?? null),
          request: null,
        },
      };
    }
  }
  return undefined;
}

function settle(found: { intent: Intent; scope: ScopeContext }, passed: boolean): Intent {
  const { intent, scope } = found;
  if (intent.object === "setup_intent") return completeSetupAuthentication(scope, intent, passed);
  const method = scope.emulator.store.get<Stripe.PaymentMethod>(scope.scope, "payment_methods", String(intent.payment_method));
  if (!method) return intent;
  return completeAuthentication(scope, intent, method, passed);
}

/**
 * The 3-D Secure challenge a card like 4000 0027 6000 3184 asks for. Stripe.js opens it in a modal;
 * a test can also POST the outcome directly (`{ outcome: "complete" | "fail", client_secret }`).
 */
export const threeDSecureRoutes: PageRoute[] = [
  {
    method: "GET",
    path: "/_emulator/3ds/:id",
    async handle(ctx) {
      const found = findIntent(ctx, ctx.args[0] ?? "");
      const secret = ctx.url.searchParams.get("client_secret") ?? "";
      if (!found || found.intent.client_secret !== secret)
        return sendHtml(ctx, 404, layout("Not found", "<h1>Unknown authentication request</h1>"));
      const amount =
        found.intent.object === "payment_intent"
          ? `${(found.intent.amount / 100).toFixed(2)} ${found.intent.currency.toUpperCase()}`
          : "card setup";
      const waiting = found.intent.status === "requires_action";
      const form = (outcome: string, label: string, style = "") =>
        `<form method="post" action="/_emulator/3ds/${escapeHtml(found.intent.id)}" style="display:inline"><input type="hidden" name="client_secret" value="${escapeHtml(secret)}"><input type="hidden" name="outcome" value="${outcome}"><input type="hidden" name="mode" value="${escapeHtml(ctx.url.searchParams.get("mode") ?? "")}"><button type="submit" class="${style}" data-outcome="${outcome}">${label}</button></form>`;
      const body = waiting
        ? `<h1>3D Secure test authentication</h1><p>Authenticate ${escapeHtml(amount)} with your bank (Stripe emulator).</p>${form("complete", "Complete authentication")}${form("fail", "Fail authentication", "secondary")}`
        : `<h1>Authentication finished</h1><p data-status="${escapeHtml(found.intent.status)}">Status: ${escapeHtml(found.intent.status)}</p>`;
      sendHtml(ctx, 200, layout("3D Secure", body));
    },
  },
  {
    method: "POST",
    path: "/_emulator/3ds/:id",
    async handle(ctx) {
      const body = await readJson(ctx);
      const found = findIntent(ctx, ctx.args[0] ?? "");
      if (!found || found.intent.client_secret !== body.client_secret)
        return sendJson(ctx, 404, {
          error: { type: "invalid_request_error", code: "resource_missing", message: "No such intent or wrong client_secret" },
        });
      if (found.intent.status !== "requires_action")
        return sendJson(ctx, 400, {
          error: {
            type: "invalid_request_error",
            code: "payment_intent_unexpected_state",
            message: `The intent is ${found.intent.status}, not requires_action.`,
          },
        });
      const settled = settle(found, body.outcome !== "fail");
      const isForm = (ctx.request.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded");
      if (!isForm) return sendJson(ctx, 200, settled);
      const returnUrl = ctx.core.store.link(settled.id, "return_url");
      if (returnUrl && body.mode !== "modal") {
        const target = new URL(returnUrl);
        const prefix = settled.object === "setup_intent" ? "setup_intent" : "payment_intent";
        target.searchParams.set(prefix, settled.id);
        target.searchParams.set(`${prefix}_client_secret`, settled.client_secret ?? "");
        target.searchParams.set("redirect_status", settled.status === "succeeded" ? "succeeded" : "failed");
        ctx.response.writeHead(303, { location: target.toString() }).end();
        return;
      }
      sendHtml(
        ctx,
        200,
        layout(
          "3D Secure",
          `<h1>Authentication finished</h1><p data-status="${escapeHtml(settled.status)}">Status: ${escapeHtml(settled.status)}</p>`,
        ),
      );
    },
  },
];
