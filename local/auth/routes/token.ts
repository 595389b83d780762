import type { Emulator } from "../emulator";
import { badRequest } from "../http/errors";
import { normaliseEmail, optionalString, readBody } from "../http/request";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { passwordMatches } from "../tokens/secrets";

/** `POST /token?grant_type=password|refresh_token|pkce`. */
export function registerTokenRoutes(router: Router, emulator: Emulator): void {
  router.on("POST", "/auth/v1/token", async ({ request, response, url }) => {
    const body = await readBody(request);
    const grant = url.searchParams.get("grant_type");
    if (grant === "password") {
      const email = normaliseEmail(optionalString(body, "email"));
      const password = optionalString(body, "password") ?? "";
      const user = emulator.store.userByEmail(email);
      // Always run the hash so a wrong address and a wrong password take the same time.
      const matches = await passwordMatches(password, user?.passwordHash);
      if (!user || !matches) throw badRequest("invalid_credentials", "Invalid login credentials");
      if (!user.emailConfirmedAt) throw badRequest("email_not_confirmed", "Email not confirmed");
      return sendJson(response, 200, await emulator.sessions.start(user, "password"));
    }
    if (grant === "refresh_token") {
      const refreshToken = optionalString(body, "refresh_token");
      if (!refreshToken) throw badRequest("validation_failed", "refresh_token required");
      return sendJson(response, 200, await emulator.sessions.refresh(refreshToken));
    }
    if (grant === "pkce") {
      const authCode = optionalString(body, "auth_code");
      const codeVerifier = optionalString(body, "code_verifier");
      if (!authCode || !codeVerifier)
        throw badRequest("validation_failed", "invalid request: both auth code and code verifier should be non-empty");
      const { user, authMethod } = emulator.authCodes.exchange(authCode, codeVerifier);
      return sendJson(response, 200, await emulator.sessions.start(user, authMethod));
    }
    throw badRequest("validation_failed", "unsupported_grant_type");
  });
}
