import { type PkceChallenge, readPkceChallenge } from "../accounts/pkce";
import type { Emulator } from "../emulator";
import { AuthApiError, unprocessable } from "../http/errors";
import { normaliseEmail, optionalObject, optionalString, readBody } from "../http/request";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { authMail } from "../mailbox/auth-mail";
import type { EmailTokenType, UserRecord } from "../store/records";

/** `POST /otp` (magic link + code, signing up unknown addresses) and `POST /recover`. */
export function registerEmailSignInRoutes(router: Router, emulator: Emulator): void {
  router.on("POST", "/auth/v1/otp", async ({ request, response, url }) => {
    const body = await readBody(request);
    if (body.phone !== undefined) throw unprocessable("sms_send_failed", "Phone sign-in is not available in the local emulator");
    const email = normaliseEmail(optionalString(body, "email"));
    const pkce = readPkceChallenge(body);
    let user = emulator.store.userByEmail(email);
    if (!user) {
      if (body.create_user === false) throw unprocessable("otp_disabled", "Signups not allowed for otp");
      assertMaySend(emulator, email);
      user = emulator.store.createUser({ email, userMetadata: optionalObject(body, "data") ?? {} });
    }
    sendSignInMail(emulator, user, user.emailConfirmedAt ? "magiclink" : "signup", url.searchParams.get("redirect_to"), pkce);
    sendJson(response, 200, {});
  });

  router.on("POST", "/auth/v1/recover", async ({ request, response, url }) => {
    const body = await readBody(request);
    const email = normaliseEmail(optionalString(body, "email"));
    const pkce = readPkceChallenge(body);
    const user = emulator.store.userByEmail(email);
    // Like GoTrue: the same answer whether or not the address has an account.
    if (user) sendSignInMail(emulator, user, "recovery", url.searchParams.get("redirect_to"), pkce);
    sendJson(response, 200, {});
  });
}

/** Refuses a second e-mail to one address within the interval, as Supabase's `max_frequency` does. */
function assertMaySend(emulator: Emulator, email: string): void {
  const last = emulator.store.state.lastEmailSentAt[email];
  const intervalMs = emulator.config.otpIntervalSeconds * 1_000;
  if (last === undefined || Date.now() - last >= intervalMs) return;
  const wait = Math.ceil((last + intervalMs - Date.now()) / 1_000);
  throw new AuthApiError(429, "over_email_send_rate_limit", `For security purposes, you can only request this after ${wait} seconds.`);
}

export function sendSignInMail(
  emulator: Emulator,
  user: UserRecord,
  type: EmailTokenType,
  redirectTo: string | null,
  pkce: PkceChallenge | undefined,
): void {
  assertMaySend(emulator, user.email);
  const { code, tokenHash } = emulator.emailTokens.issue(user, type, pkce);
  const link = verifyLink(emulator, tokenHash, type, redirectTo);
  const now = new Date();
  if (type === "recovery" || type === "magiclink") user.recoverySentAt = now.toISOString();
  else user.confirmationSentAt = now.toISOString();
  emulator.store.state.lastEmailSentAt[user.email] = now.getTime();
  emulator.mailbox.deliver(authMail(type, user.email, link, code));
}

/** The link in the e-mail, as GoTrue's templates build it: `/verify?token=<token_hash>&type=&redirect_to=`. */
export function verifyLink(emulator: Emulator, tokenHash: string, type: EmailTokenType, redirectTo: string | null): string {
  const link = new URL(`${emulator.authUrl}/verify`);
  link.searchParams.set("token", tokenHash);
  link.searchParams.set("type", type);
  link.searchParams.set("redirect_to", emulator.redirectTarget(redirectTo ?? undefined));
  return link.toString();
}
