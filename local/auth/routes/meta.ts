import type { Emulator } from "../emulator";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { publicJwk } from "../tokens/signing";
import { OAUTH_PROVIDERS } from "./oauth";

/** JWKS, settings and health: what clients and verifiers read before anything else. */
export function registerMetaRoutes(router: Router, emulator: Emulator): void {
  router.on("GET", "/auth/v1/.well-known/jwks.json", ({ response }) => {
    sendJson(response, 200, { keys: [publicJwk(emulator.signer.key)] }, "public, max-age=600");
  });

  router.on("GET", "/auth/v1/settings", ({ response }) => {
    sendJson(response, 200, {
      external: { email: true, phone: false, anonymous_users: false, ...Object.fromEntries(OAUTH_PROVIDERS.map((name) => [name, true])) },
      disable_signup: false,
      mailer_autoconfirm: false,
      phone_autoconfirm: false,
      sms_provider: "",
      saml_enabled: false,
    });
  });

  router.on("GET", "/auth/v1/health", ({ response }) => {
    sendJson(response, 200, { version: "local", name: "GoTrue", description: "BillingOS local Supabase Auth emulator" });
  });
}
