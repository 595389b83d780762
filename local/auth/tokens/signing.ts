import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from "jose";

export const ACCESS_TOKEN_SECONDS = 3_600;
const ALGORITHM = "ES256";
/** The anon and service-role keys are long-lived like Supabase's legacy API keys (ten years). */
const API_KEY_SECONDS = 10 * 365 * 24 * 3_600;
const API_KEY_ISSUER = "supabase-local";

export interface SigningKey {
  kid: string;
  privateJwk: JWK;
}

/** A fresh ES256 key pair; the private half is persisted, the public half is served as the JWKS. */
export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { kid: randomUUID(), privateJwk: await exportJWK(privateKey) };
}

export function publicJwk(key: SigningKey): JWK {
  const { d: _private, ...publicPart } = key.privateJwk;
  return { ...publicPart, kid: key.kid, alg: ALGORITHM, use: "sig", key_ops: ["verify"] };
}

type ImportedKey = Awaited<ReturnType<typeof importJWK>>;

/** Signs and verifies with one key pair, checking issuer and algorithm like a strict verifier would. */
export class TokenSigner {
  private constructor(
    readonly key: SigningKey,
    private readonly privateKey: ImportedKey,
    private readonly publicKey: ImportedKey,
    readonly issuer: string,
  ) {}

  static async create(key: SigningKey, issuer: string): Promise<TokenSigner> {
    const privateKey = await importJWK({ ...key.privateJwk, alg: ALGORITHM }, ALGORITHM);
    const publicKey = await importJWK(publicJwk(key), ALGORITHM);
    return new TokenSigner(key, privateKey, publicKey, issuer);
  }

  sign(claims: JWTPayload, lifetimeSeconds: number, issuer = this.issuer): Promise<string> {
    const now = Math.floor(Date.now() / 1_000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, kid: this.key.kid, typ: "JWT" })
      .setIssuer(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetimeSeconds)
      .sign(this.privateKey);
  }

  /** The anon or service-role key: a JWT the emulator signs, carrying only the role. */
  apiKey(role: "anon" | "service_role"): Promise<string> {
    return this.sign({ role }, API_KEY_SECONDS, API_KEY_ISSUER);
  }

  async verifyAccessToken(token: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.publicKey, {
      algorithms: [ALGORITHM],
      issuer: this.issuer,
      audience: "authenticated",
    });
    return payload;
  }

  async verifyApiKey(token: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.publicKey, { algorithms: [ALGORITHM], issuer: API_KEY_ISSUER });
    return payload;
  }
}
