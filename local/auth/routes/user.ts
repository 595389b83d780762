import { userJson } from "../accounts/user-json";
import type { Emulator } from "../emulator";
import { AuthApiError, badRequest, unprocessable } from "../http/errors";
import { optionalObject, optionalString, readBody } from "../http/request";
import { sendJson, sendNoContent } from "../http/respond";
import type { Router } from "../http/router";
import { hashPassword } from "../tokens/secrets";

/** Supabase's default minimum password length. */
const MIN_PASSWORD_LENGTH = 6;
const LOGOUT_SCOPES = ["global", "local", "others"] as const;

/** `GET|PUT /user` and `POST /logout`, all behind the user's access token. */
export function registerUserRoutes(router: Router, emulator: Emulator): void {
  router.on("GET", "/auth/v1/user", async ({ request, response }) => {
    const { user } = await emulator.sessions.authenticate(request);
    sendJson(response, 200, userJson(user));
  });

  router.on("PUT", "/auth/v1/user", async ({ request, response }) => {
    const { user } = await emulator.sessions.authenticate(request);
    const body = await readBody(request);
    const email = optionalString(body, "email");
    if (email !== undefined && email.trim().toLowerCase() !== user.email) {
      throw unprocessable("email_change_not_supported", "Changing the e-mail address is not supported by the local Auth emulator");
    }
    const password = optionalString(body, "password");
    if (password !== undefined) {
      if (password.length < MIN_PASSWORD_LENGTH) {
        throw new AuthApiError(422, "weak_password", `Password should be at least ${MIN_PASSWORD_LENGTH} characters.`);
      }
      user.passwordHash = await hashPassword(password);
      if (!user.appMetadata.providers.includes("email")) user.appMetadata.providers.push("email");
    }
    const data = optionalObject(body, "data");
    if (data) {
      // GoTrue merges `data` into user_metadata; a null value removes the key.
      for (const [key, value] of Object.entries(data)) {
        if (value === null) delete user.userMetadata[key];
        else user.userMetadata[key] = value;
      }
    }
    user.updatedAt = new Date().toISOString();
    emulator.store.save();
    sendJson(response, 200, userJson(user));
  });

  router.on("POST", "/auth/v1/logout", async ({ request, response, url }) => {
    const scope = url.searchParams.get("scope") ?? "global";
    if (!(LOGOUT_SCOPES as readonly string[]).includes(scope)) {
      throw badRequest("validation_failed", `Unsupported logout scope "${scope}"`);
    }
    const authenticated = await emulator.sessions.authenticate(request);
    emulator.sessions.logout(authenticated, scope as (typeof LOGOUT_SCOPES)[number]);
    sendNoContent(response);
  });
}
