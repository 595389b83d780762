import { createRemoteJWKSet, errors, jwtVerify } from "jose";

export interface VerifiedUser {
  userId: string;
  email: string;
}

type KeySet = ReturnType<typeof createRemoteJWKSet>;
// One key set per isolate and Supabase project: jose caches the keys and refetches on an unknown
// `kid` (at most every 30 s), so a key rotation is picked up without a deploy.
const keySets = new Map<string, KeySet>();

function keySet(supabaseUrl: string): KeySet {
  let set = keySets.get(supabaseUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL("/auth/v1/.well-known/jwks.json", supabaseUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
    keySets.set(supabaseUrl, set);
  }
  return set;
}

/**
 * Verifies a Supabase access token: ES256 only (so `alg: none` and HS256 confusion are refused),
 * issuer `<SUPABASE_URL>/auth/v1`, audience `authenticated`, expiry and not-before checked.
 * Returns undefined for any token that fails; the reason is not disclosed to the caller.
 */
export async function verifyAccessToken(token: string, supabaseUrl: string): Promise<VerifiedUser | undefined> {
  try {
    const { payload } = await jwtVerify(token, keySet(supabaseUrl), {
      algorithms: ["ES256"],
      issuer: `${supabaseUrl.replace(/\/$/, "")}/auth/v1`,
      audience: "authenticated",
      requiredClaims: ["sub", "exp"],
    });
    if (payload.role !== "authenticated" || typeof payload.sub !== "string" || typeof payload.email !== "string") return undefined;
    return { userId: payload.sub, email: payload.email };
  } catch (error) {
    if (error instanceof errors.JOSEError) return undefined;
    throw error;
  }
}
