import { forbidden } from "../http/errors";
import type { AuthStore } from "../store/auth-store";
import type { EmailTokenRecord, EmailTokenType, UserRecord } from "../store/records";
import { gotrueTokenHash, secretsEqual, sha256, sixDigitCode } from "../tokens/secrets";
import type { PkceChallenge } from "./pkce";

/** Types a client may name in `/verify`, and which pending tokens each accepts (GoTrue's `email` covers the e-mail sign-in kinds). */
const ACCEPTS: Record<string, EmailTokenType[]> = {
  email: ["signup", "magiclink", "invite"],
  magiclink: ["magiclink"],
  signup: ["signup"],
  recovery: ["recovery"],
  invite: ["invite"],
};
export const VERIFY_TYPES = Object.keys(ACCEPTS);

/** Wrong codes allowed before the pending token is thrown away, so six digits cannot be guessed. */
const MAX_FAILED_ATTEMPTS = 5;

export interface IssuedEmailToken {
  code: string;
  tokenHash: string;
}

const invalid = () => forbidden("otp_expired", "Token has expired or is invalid");

/** One pending e-mail token per user: a link (token hash) and a 6-digit code for the same sign-in. */
export class EmailTokens {
  constructor(
    private readonly store: AuthStore,
    private readonly lifetimeSeconds: number,
  ) {}

  issue(user: UserRecord, type: EmailTokenType, pkce?: PkceChallenge): IssuedEmailToken {
    const code = sixDigitCode();
    const tokenHash = gotrueTokenHash(user.email, code);
    const now = Date.now();
    const record: EmailTokenRecord = {
      userId: user.id,
      type,
      tokenHashDigest: sha256(tokenHash),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.lifetimeSeconds * 1_000).toISOString(),
      failedAttempts: 0,
      ...(pkce ? { codeChallenge: pkce.challenge, codeChallengeMethod: pkce.method } : {}),
    };
    this.store.state.emailTokens = this.store.state.emailTokens.filter((token) => token.userId !== user.id);
    this.store.state.emailTokens.push(record);
    return { code, tokenHash };
  }

  /** Consumes the token behind a link's `token_hash`. */
  consumeByHash(tokenHash: string, verifyType: string): { user: UserRecord; token: EmailTokenRecord } {
    const digest = sha256(tokenHash);
    const token = this.store.state.emailTokens.find((candidate) => secretsEqual(candidate.tokenHashDigest, digest));
    return this.consume(token, verifyType);
  }

  /** Consumes the token behind a typed code; wrong guesses count against the pending token. */
  consumeByCode(email: string, code: string, verifyType: string): { user: UserRecord; token: EmailTokenRecord } {
    const user = this.store.userByEmail(email);
    const token = user && this.store.state.emailTokens.find((candidate) => candidate.userId === user.id);
    if (!user || !token) throw invalid();
    if (!secretsEqual(token.tokenHashDigest, sha256(gotrueTokenHash(email, code)))) {
      token.failedAttempts += 1;
      if (token.failedAttempts >= MAX_FAILED_ATTEMPTS) this.remove(token);
      this.store.save();
      throw invalid();
    }
    return this.consume(token, verifyType);
  }

  private consume(token: EmailTokenRecord | undefined, verifyType: string): { user: UserRecord; token: EmailTokenRecord } {
    const user = token && this.store.userById(token.userId);
    if (!token || !user || !(ACCEPTS[verifyType] ?? []).includes(token.type)) throw invalid();
    this.remove(token);
    if (Date.parse(token.expiresAt) <= Date.now()) {
      this.store.save();
      throw invalid();
    }
    return { user, token };
  }

  private remove(token: EmailTokenRecord): void {
    this.store.state.emailTokens = this.store.state.emailTokens.filter((candidate) => candidate !== token);
  }
}
