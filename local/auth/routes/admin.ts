import type { IncomingMessage } from "node:http";
import { userJson } from "../accounts/user-json";
import type { Emulator } from "../emulator";
import { AuthApiError, badRequest, forbidden, notFound, unprocessable } from "../http/errors";
import { bearerToken, normaliseEmail, optionalObject, optionalString, readBody } from "../http/request";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import type { EmailTokenType, UserRecord } from "../store/records";
import { hashPassword, secretsEqual } from "../tokens/secrets";
import { sendSignInMail, verifyLink } from "./email-sign-in";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINK_TYPES: EmailTokenType[] = ["signup", "magiclink", "recovery", "invite"];

/** The admin endpoints tests and local services use with the service-role key. */
export function registerAdminRoutes(router: Router, emulator: Emulator): void {
  router.on("POST", "/auth/v1/admin/users", async ({ request, response }) => {
    requireServiceRole(emulator, request);
    const body = await readBody(request);
    const email = normaliseEmail(optionalString(body, "email"));
    const id = optionalString(body, "id");
    if (id !== undefined && !UUID_PATTERN.test(id)) throw badRequest("validation_failed", "id must be a UUID");
    if (emulator.store.userByEmail(email))
      throw unprocessable("email_exists", "A user with this email address has already been registered");
    if (id && emulator.store.userById(id)) throw unprocessable("user_already_exists", "User already registered");
    const user = emulator.store.createUser({
      email,
      ...(id ? { id } : {}),
      confirmed: body.email_confirm === true,
      userMetadata: optionalObject(body, "user_metadata") ?? {},
    });
    Object.assign(user.appMetadata, optionalObject(body, "app_metadata") ?? {});
    const password = optionalString(body, "password");
    if (password) user.passwordHash = await hashPassword(password);
    emulator.store.save();
    sendJson(response, 200, userJson(user));
  });

  router.on("GET", "/auth/v1/admin/users", ({ request, response }) => {
    requireServiceRole(emulator, request);
    sendJson(response, 200, { aud: "authenticated", users: emulator.store.state.users.map(userJson) });
  });

  router.on("GET", "/auth/v1/admin/users/:id", ({ request, response, params }) => {
    requireServiceRole(emulator, request);
    sendJson(response, 200, userJson(existingUser(emulator, params.id)));
  });

  router.on("DELETE", "/auth/v1/admin/users/:id", ({ request, response, params }) => {
    requireServiceRole(emulator, request);
    emulator.store.deleteUser(existingUser(emulator, params.id).id);
    emulator.store.save();
    sendJson(response, 200, {});
  });

  router.on("POST", "/auth/v1/admin/generate_link", async ({ request, response, url }) => {
    requireServiceRole(emulator, request);
    const body = await readBody(request);
    const type = optionalString(body, "type") as EmailTokenType | undefined;
    if (!type || !LINK_TYPES.includes(type)) throw badRequest("validation_failed", `type must be one of ${LINK_TYPES.join(", ")}`);
    const email = normaliseEmail(optionalString(body, "email"));
    const user = await userForLink(emulator, type, email, body);
    // GoTrue turns a magic link for a not-yet-confirmed user into a signup confirmation.
    const effectiveType: EmailTokenType = type === "magiclink" && !user.emailConfirmedAt ? "signup" : type;
    const { code, tokenHash } = emulator.emailTokens.issue(user, effectiveType);
    // supabase-js sends the target as `?redirect_to=`; GoTrue also reads it from the body.
    const redirectTo = emulator.redirectTarget(optionalString(body, "redirect_to") ?? url.searchParams.get("redirect_to") ?? undefined);
    emulator.store.save();
    sendJson(response, 200, {
      ...userJson(user),
      action_link: verifyLink(emulator, tokenHash, effectiveType, redirectTo),
      email_otp: code,
      hashed_token: tokenHash,
      redirect_to: redirectTo,
      verification_type: effectiveType,
    });
  });
}

/** `POST /invite` (supabase-js `admin.inviteUserByEmail`): creates the user and mails an invite link. */
export function registerInviteRoute(router: Router, emulator: Emulator): void {
  router.on("POST", "/auth/v1/invite", async ({ request, response, url }) => {
    requireServiceRole(emulator, request);
    const body = await readBody(request);
    const user = await userForLink(emulator, "invite", normaliseEmail(optionalString(body, "email")), body);
    sendSignInMail(emulator, user, "invite", optionalString(body, "redirect_to") ?? url.searchParams.get("redirect_to"), undefined);
    emulator.store.save();
    sendJson(response, 200, userJson(user));
  });
}

async function userForLink(emulator: Emulator, type: EmailTokenType, email: string, body: Record<string, unknown>): Promise<UserRecord> {
  const existing = emulator.store.userByEmail(email);
  if (type === "recovery") {
    if (!existing) throw notFound("user_not_found", "User with this email not found");
    return existing;
  }
  if (existing) {
    if ((type === "signup" || type === "invite") && existing.emailConfirmedAt) {
      throw unprocessable("email_exists", "A user with this email address has already been registered");
    }
    return existing;
  }
  const password = optionalString(body, "password");
  if (type === "signup" && !password) throw badRequest("validation_failed", "Signup requires a valid password");
  const user = emulator.store.createUser({ email, userMetadata: optionalObject(body, "data") ?? {} });
  if (password) user.passwordHash = await hashPassword(password);
  return user;
}

function existingUser(emulator: Emulator, id: string | undefined): UserRecord {
  if (!id || !UUID_PATTERN.test(id)) throw notFound("user_not_found", "User not found");
  const user = emulator.store.userById(id);
  if (!user) throw notFound("user_not_found", "User not found");
  return user;
}

/** Admin calls need the service-role key as the Bearer token, as with GoTrue. */
export function requireServiceRole(emulator: Emulator, request: IncomingMessage): void {
  const token = bearerToken(request);
  if (!token) throw new AuthApiError(401, "no_authorization", "This endpoint requires a valid Bearer token");
  if (!secretsEqual(token, emulator.store.state.apiKeys.serviceRole)) throw forbidden("not_admin", "User not allowed");
}
