import type { MiddlewareHandler } from "hono";
import { withTenant } from "../db/tenant";
import { customerSessionActive, verifyCustomerSession } from "../domain/customer-session-token";
import { constantTimeEqual, parseApiKey, sha256Hex } from "../shared/api-key-format";
import type { AppEnv } from "../shared/env";
import type { ErrorCode } from "../shared/error-codes";
import { ApiError, NotFoundError } from "../shared/errors";
import type { Role } from "../shared/permissions";
import type { Principal } from "../shared/principal";
import { verifyAccessToken } from "./jwt";

export class AuthenticationError extends ApiError {
  constructor(code: ErrorCode, message: string) {
    super(401, "authentication_error", code, message);
  }
}

interface KeyRow {
  id: string;
  org_id: string;
  livemode: boolean;
  type: "secret" | "restricted" | "publishable";
  secret_hash: string;
  scopes: Record<string, "read" | "write"> | null;
}

/**
 * Resolves `c.var.principal` from the Authorization header: an API key (`sk_…`, `rk_…`, `pk_…`)
 * or a Supabase access token. Any credential that is present but not valid is a 401 at once;
 * no credential is the anonymous principal (routes decide whether that is enough).
 */
export const authenticate = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  c.set(
    "principal",
    await resolvePrincipal(c.req.header("Authorization"), c.req.header("BillingOS-Organization"), c.req.header("BillingOS-Mode"), c),
  );
  await next();
};

async function resolvePrincipal(
  authorization: string | undefined,
  orgHeader: string | undefined,
  modeHeader: string | undefined,
  c: Parameters<MiddlewareHandler<AppEnv>>[0],
): Promise<Principal> {
  if (authorization === undefined) return { kind: "anonymous" };
  const token = /^Bearer ([^\s]+)$/.exec(authorization)?.[1];
  if (!token)
    throw new AuthenticationError("invalid_authorization", "Send credentials as `Authorization: Bearer <API key or access token>`.");

  if (/^(sk|rk|pk)_/.test(token)) return authenticateKey(token, c);
  if (token.startsWith("bcs_")) return authenticateCustomerSession(token, c);

  const user = await verifyAccessToken(token, c.env.SUPABASE_URL);
  if (!user) throw new AuthenticationError("invalid_token", "The access token is invalid or expired. Sign in again.");
  if (orgHeader === undefined) return { kind: "user", ...user };

  const livemode = parseMode(modeHeader);
  const role = await withTenant(c.var.db(), { orgId: orgHeader, livemode, userId: user.userId }, async (tx) => {
    // Keep the profile mirror current; the membership (and so the role) is read fresh on every request.
    await tx`insert into users (id, email) values (${user.userId}, ${user.email})
             on conflict (id) do update set email = excluded.email, updated = now() where users.email <> excluded.email`;
    const [row] = await tx<{ role: Role }[]>`select role from memberships where org_id = ${orgHeader} and user_id = ${user.userId}`;
    return row?.role;
  });
  if (!role)
    throw new NotFoundError("No such organization, or you are not a member of it.", "organization_not_found", "BillingOS-Organization");
  return { kind: "user", ...user, org: { id: orgHeader, role, livemode } };
}

async function authenticateKey(token: string, c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<Principal> {
  const parsed = parseApiKey(token);
  const invalid = new AuthenticationError("invalid_api_key", "Invalid API key provided.");
  if (!parsed) throw invalid;
  const [row] = await c.var.db()<KeyRow[]>`select * from tenant.authenticate_api_key(${parsed.lookup})`;
  // Hash even when no row came back, so a wrong lookup and a wrong secret take the same time.
  const hash = await sha256Hex(token);
  if (!row || !constantTimeEqual(hash, row.secret_hash) || row.type !== parsed.type || row.livemode !== parsed.livemode) throw invalid;
  return {
    kind: "api_key",
    keyId: row.id,
    keyType: row.type,
    orgId: row.org_id,
    livemode: row.livemode,
    ...(row.scopes ? { scopes: row.scopes } : {}),
  };
}

/** A signed, unexpired token whose session has not been revoked (one lookup: `customerSessionActive`). */
async function authenticateCustomerSession(token: string, c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<Principal> {
  const env = c.env;
  const secrets = [env.CUSTOMER_SESSION_SECRET, env.CUSTOMER_SESSION_SECRET_PREVIOUS].filter((secret): secret is string => Boolean(secret));
  const claims = secrets.length > 0 ? await verifyCustomerSession(secrets, token) : undefined;
  if (!claims || !(await customerSessionActive(c.var.db(), claims)))
    throw new AuthenticationError(
      "invalid_customer_session",
      "The customer session is invalid, expired or revoked; mint a new one from your backend.",
    );
  return { kind: "customer_session", ...claims };
}

function parseMode(header: string | undefined): boolean {
  if (header === undefined || header === "test") return false;
  if (header === "live") return true;
  throw new ApiError(400, "invalid_request_error", "parameter_invalid", "BillingOS-Mode must be `test` or `live`.", "BillingOS-Mode");
}
