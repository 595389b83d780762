import { createHash } from "node:crypto";
import { badRequest, forbidden, notFound } from "../http/errors";
import { optionalString } from "../http/request";
import type { AuthStore } from "../store/auth-store";
import type { UserRecord } from "../store/records";
import { randomSecret, secretsEqual, sha256 } from "../tokens/secrets";
import type { AuthMethod } from "./sessions";

export interface PkceChallenge {
  challenge: string;
  method: "s256" | "plain";
}

/** GoTrue lets an auth code wait five minutes for its exchange. */
const AUTH_CODE_SECONDS = 300;

/** Reads `code_challenge` + `code_challenge_method` from a body or query; both or neither. */
export function readPkceChallenge(source: Record<string, unknown>): PkceChallenge | undefined {
  const challenge = optionalString(source, "code_challenge");
  const method = optionalString(source, "code_challenge_method")?.toLowerCase();
  if (!challenge && !method) return undefined;
  if (!challenge || (method !== "s256" && method !== "plain")) {
    throw badRequest("validation_failed", "PKCE flow requires code_challenge_method and code_challenge");
  }
  if (challenge.length < 43 || challenge.length > 128)
    throw badRequest("validation_failed", "code challenge has to be between 43 and 128 characters");
  return { challenge, method };
}

/** Auth codes handed to the redirect target in the PKCE flow, exchanged at `/token?grant_type=pkce`. */
export class AuthCodes {
  constructor(private readonly store: AuthStore) {}

  issue(user: UserRecord, pkce: PkceChallenge, authMethod: AuthMethod): string {
    const code = randomSecret(24);
    this.store.state.authCodes.push({
      codeDigest: sha256(code),
      userId: user.id,
      codeChallenge: pkce.challenge,
      codeChallengeMethod: pkce.method,
      authMethod,
      expiresAt: new Date(Date.now() + AUTH_CODE_SECONDS * 1_000).toISOString(),
    });
    this.store.save();
    return code;
  }

  /** Single use: the code is gone after the first exchange attempt, right or wrong. */
  exchange(authCode: string, codeVerifier: string): { user: UserRecord; authMethod: AuthMethod } {
    const digest = sha256(authCode);
    const record = this.store.state.authCodes.find((candidate) => secretsEqual(candidate.codeDigest, digest));
    if (!record) throw notFound("flow_state_not_found", "invalid flow state, no valid flow state found");
    this.store.state.authCodes = this.store.state.authCodes.filter((candidate) => candidate !== record);
    this.store.save();
    if (Date.parse(record.expiresAt) <= Date.now()) throw badRequest("flow_state_expired", "invalid flow state, flow state has expired");
    const expected = record.codeChallengeMethod === "s256" ? createHash("sha256").update(codeVerifier).digest("base64url") : codeVerifier;
    if (!secretsEqual(expected, record.codeChallenge)) {
      throw forbidden("bad_code_verifier", "code challenge does not match previously saved code verifier");
    }
    const user = this.store.userById(record.userId);
    if (!user) throw notFound("user_not_found", "User not found");
    return { user, authMethod: record.authMethod as AuthMethod };
  }
}
