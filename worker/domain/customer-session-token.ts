import type { Sql } from "postgres";
import { randomId } from "../shared/ids";

/** What a customer session token carries: one organisation, one mode, one customer, an expiry. */
export interface CustomerSessionClaims {
  sessionId: string;
  orgId: string;
  livemode: boolean;
  customerId: string;
  /** Unix seconds. */
  expiresAt: number;
}

export const DEFAULT_SESSION_SECONDS = 15 * 60;
export const MAX_SESSION_SECONDS = 60 * 60;

const PREFIX = /^bcs_(test|live)_([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
const encoder = new TextEncoder();

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const fromBase64url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (char) => char.charCodeAt(0));

function hmacKey(secret: string, usage: "sign" | "verify") {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

/**
 * `bcs_<mode>_<payload>.<HMAC-SHA256>`: the claims travel signed in the token, short lived (15
 * minutes by default, at most an hour); each minted session also has a row (`customer_sessions`)
 * so it can be revoked, checked by `customerSessionActive` with one primary-key lookup.
 */
export async function mintCustomerSession(secret: string, claims: Omit<CustomerSessionClaims, "sessionId">) {
  const sessionId = randomId("bcs");
  const payload = base64url(
    encoder.encode(JSON.stringify({ s: sessionId, o: claims.orgId, l: claims.livemode, c: claims.customerId, e: claims.expiresAt })),
  );
  const head = `bcs_${claims.livemode ? "live" : "test"}_${payload}`;
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret, "sign"), encoder.encode(head)));
  return { token: `${head}.${base64url(signature)}`, sessionId };
}

/** The claims of a valid, unexpired token signed with one of `secrets` (current, then previous); otherwise undefined. */
export async function verifyCustomerSession(
  secrets: string[],
  token: string,
  now = Date.now() / 1000,
): Promise<CustomerSessionClaims | undefined> {
  const match = PREFIX.exec(token);
  if (!match) return undefined;
  const [, mode, payload, signature] = match as unknown as [string, string, string, string];
  const head = `bcs_${mode}_${payload}`;
  let valid = false;
  for (const secret of secrets) {
    // crypto.subtle.verify compares in constant time.
    if (await crypto.subtle.verify("HMAC", await hmacKey(secret, "verify"), fromBase64url(signature), encoder.encode(head))) valid = true;
  }
  if (!valid) return undefined;
  const claims = JSON.parse(new TextDecoder().decode(fromBase64url(payload))) as { s: string; o: string; l: boolean; c: string; e: number };
  if (claims.l !== (mode === "live") || !(claims.e > now)) return undefined;
  return { sessionId: claims.s, orgId: claims.o, livemode: claims.l, customerId: claims.c, expiresAt: claims.e };
}

/** Whether a verified token's session is still live (recorded, not revoked): one primary-key lookup. */
export async function customerSessionActive(sql: Sql, claims: CustomerSessionClaims): Promise<boolean> {
  const [row] = await sql<{ active: boolean }[]>`
    select tenant.customer_session_active(${claims.sessionId}, ${claims.orgId}, ${claims.livemode}, ${claims.customerId}) as active`;
  return row?.active === true;
}
