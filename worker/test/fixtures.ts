import { env, exports } from "cloudflare:workers";
import { importJWK, SignJWT } from "jose";
import postgres, { type Sql } from "postgres";
import { type ApiKeyType, generateApiKey } from "../shared/api-key-format";
import { randomId } from "../shared/ids";
import type { Role } from "../shared/permissions";

/** A superuser client on the test database: fixtures and "nothing was written" checks bypass the API on purpose. */
export function adminSql(): Sql {
  return postgres(env.TEST_DATABASE_URL, { max: 2, fetch_types: false, onnotice: () => {} });
}

/**
 * Calls the worker exactly as a client would (through its fetch handler). Each call comes from a
 * client address of its own (a documentation IPv6 address as CF-Connecting-IP, which Cloudflare sets
 * in production) unless the test sets one: the suites model many independent clients, so the
 * per-address rate limits only meet the tests that hammer from one address on purpose.
 */
export async function call(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(`http://billingos.test${path}`, init);
  if (!request.headers.has("CF-Connecting-IP")) {
    const [high, low] = crypto.getRandomValues(new Uint16Array(2)) as unknown as [number, number];
    request.headers.set("CF-Connecting-IP", `2001:db8::${high.toString(16)}:${low.toString(16)}`);
  }
  const response = await exports.default.fetch(request);
  // Every error a route answers must be one it declares (shared/error-codes.ts); the worker names a breach here.
  const undeclared = response.headers.get("BillingOS-Undeclared-Error");
  if (undeclared) throw new Error(`Undeclared error code: ${undeclared}`);
  return response;
}

export interface ApiOptions {
  method?: string;
  /** An API key or an access token. */
  auth?: string;
  org?: string;
  mode?: "test" | "live";
  body?: unknown;
  headers?: Record<string, string>;
}

/** A JSON API call; returns the status and the parsed body. */
export async function api<T = Record<string, unknown>>(
  path: string,
  options: ApiOptions = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth) headers.Authorization = `Bearer ${options.auth}`;
  if (options.org) headers["BillingOS-Organization"] = options.org;
  if (options.mode) headers["BillingOS-Mode"] = options.mode;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await call(path, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

export const ISSUER = () => `${env.SUPABASE_URL}/auth/v1`;

/** Signs an access token with the issuer's key; `claims` and `header` override the valid defaults. */
export async function mintToken(
  claims: Record<string, unknown> = {},
  options: { header?: Record<string, unknown>; expiresInSeconds?: number } = {},
) {
  const jwk = JSON.parse(env.TEST_JWT_PRIVATE_JWK);
  const key = await importJWK(jwk, "ES256");
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: ISSUER(),
    aud: "authenticated",
    sub: crypto.randomUUID(),
    role: "authenticated",
    email: "someone@example.test",
    session_id: crypto.randomUUID(),
    iat: now,
    exp: now + (options.expiresInSeconds ?? 3600),
    ...claims,
  };
  return new SignJWT(payload).setProtectedHeader({ alg: "ES256", kid: jwk.kid, typ: "JWT", ...options.header }).sign(key);
}

export interface TestUser {
  userId: string;
  email: string;
  token: string;
}

export async function newUser(email = `${randomId("u", 10).slice(2).toLowerCase()}@example.test`): Promise<TestUser> {
  const userId = crypto.randomUUID();
  return { userId, email, token: await mintToken({ sub: userId, email }) };
}

/** A fresh organisation owned by a fresh user, created through the API. */
export async function newOrganization(name = "Test Org"): Promise<{ orgId: string; owner: TestUser }> {
  const owner = await newUser();
  const { status, body } = await api<{ id: string }>("/v1/organizations", { auth: owner.token, body: { name } });
  if (status !== 201) throw new Error(`could not create organization: ${status} ${JSON.stringify(body)}`);
  return { orgId: body.id, owner };
}

/** Adds `user` to `orgId` with `role`, directly in the database. */
export async function addMember(sql: Sql, orgId: string, user: TestUser, role: Role): Promise<void> {
  await sql`insert into users (id, email) values (${user.userId}, ${user.email}) on conflict do nothing`;
  await sql`insert into memberships (org_id, user_id, role) values (${orgId}, ${user.userId}, ${role})`;
}

/** Inserts an API key directly and returns its plaintext. */
export async function newApiKey(
  sql: Sql,
  orgId: string,
  options: { type?: ApiKeyType; livemode?: boolean; scopes?: Record<string, "read" | "write"> } = {},
): Promise<{ id: string; key: string }> {
  const type = options.type ?? "secret";
  const generated = await generateApiKey(type, options.livemode ?? false);
  const id = randomId("key");
  await sql`insert into api_keys (id, org_id, livemode, type, lookup, secret_hash, last4, scopes)
            values (${id}, ${orgId}, ${options.livemode ?? false}, ${type}, ${generated.lookup}, ${generated.secretHash}, ${generated.last4},
                    ${options.scopes ? sql.json(options.scopes) : null})`;
  return { id, key: generated.key };
}

/** Row counts of the tables a test must leave untouched. */
export async function counts(sql: Sql, orgId: string) {
  const [row] = await sql<{ audit: number; keys: number; members: number; invitations: number }[]>`
    select (select count(*)::int from audit_log where org_id = ${orgId}) as audit,
           (select count(*)::int from api_keys where org_id = ${orgId}) as keys,
           (select count(*)::int from memberships where org_id = ${orgId}) as members,
           (select count(*)::int from invitations where org_id = ${orgId}) as invitations`;
  return row;
}
