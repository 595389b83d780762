import { VERIFY_TYPES } from "../accounts/email-tokens";
import type { AuthMethod } from "../accounts/sessions";
import { type Emulator, withFragment, withQuery } from "../emulator";
import { AuthApiError, badRequest } from "../http/errors";
import { normaliseEmail, optionalString, readBody } from "../http/request";
import { redirect, sendJson } from "../http/respond";
import type { Router } from "../http/router";
import type { EmailTokenRecord, UserRecord } from "../store/records";

/** The `amr` method of a sign-in completed through an e-mail link, by token type. */
const LINK_METHOD: Record<EmailTokenRecord["type"], AuthMethod> = {
  signup: "email/signup",
  magiclink: "magiclink",
  recovery: "recovery",
  invite: "invite",
};

/** `POST /verify` (code or token hash → session JSON) and `GET /verify` (the e-mail link → redirect). */
export function registerVerifyRoutes(router: Router, emulator: Emulator): void {
  router.on("POST", "/auth/v1/verify", async ({ request, response }) => {
    const body = await readBody(request);
    const type = verifyType(optionalString(body, "type"));
    const tokenHash = optionalString(body, "token_hash");
    const token = optionalString(body, "token");
    let verified: { user: UserRecord; token: EmailTokenRecord };
    if (tokenHash) verified = emulator.emailTokens.consumeByHash(tokenHash, type);
    else if (token) verified = emulator.emailTokens.consumeByCode(normaliseEmail(optionalString(body, "email")), token.trim(), type);
    else throw badRequest("validation_failed", "Verify requires either a token or a token hash");
    confirm(verified.user);
    sendJson(response, 200, await emulator.sessions.start(verified.user, tokenHash ? LINK_METHOD[verified.token.type] : "otp"));
  });

  router.on("GET", "/auth/v1/verify", async ({ response, url }) => {
    const target = emulator.redirectTarget(url.searchParams.get("redirect_to") ?? undefined);
    let verified: { user: UserRecord; token: EmailTokenRecord };
    try {
      verified = emulator.emailTokens.consumeByHash(
        url.searchParams.get("token") ?? "",
        verifyType(url.searchParams.get("type") ?? undefined),
      );
    } catch (error) {
      if (!(error instanceof AuthApiError)) throw error;
      // GoTrue sends the browser back to the app with the failure in the fragment.
      return redirect(
        response,
        withFragment(target, {
          error: "access_denied",
          error_code: error.errorCode,
          error_description: "Email link is invalid or has expired",
        }),
      );
    }
    const { user, token } = verified;
    confirm(user);
    const method = LINK_METHOD[token.type];
    if (token.codeChallenge && token.codeChallengeMethod) {
      const code = emulator.authCodes.issue(user, { challenge: token.codeChallenge, method: token.codeChallengeMethod }, method);
      return redirect(response, withQuery(target, { code }));
    }
    const session = await emulator.sessions.start(user, method);
    redirect(
      response,
      withFragment(target, {
        access_token: session.access_token,
        expires_at: session.expires_at,
        expires_in: session.expires_in,
        refresh_token: session.refresh_token,
        token_type: session.token_type,
        type: token.type,
      }),
    );
  });
}

function verifyType(value: string | undefined): string {
  if (!value || !VERIFY_TYPES.includes(value))
    throw badRequest("validation_failed", `Verify requires a verification type (${VERIFY_TYPES.join(", ")})`);
  return value;
}

/** Following a link or typing a code proves the address, as in GoTrue. */
function confirm(user: UserRecord): void {
  if (!user.emailConfirmedAt) user.emailConfirmedAt = new Date().toISOString();
  user.updatedAt = new Date().toISOString();
}
