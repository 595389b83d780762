import type { JWK } from "jose";

/** What the emulator persists: the shape of `<dataDir>/auth-state.json`. Times are ISO strings. */

export interface IdentityRecord {
  provider: string;
  /** The provider's id for this person (GoTrue: `provider_id`); for e-mail it is the user id. */
  providerId: string;
  identityId: string;
  email: string;
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string;
}

export interface UserRecord {
  id: string;
  email: string;
  passwordHash?: string;
  emailConfirmedAt?: string;
  confirmationSentAt?: string;
  recoverySentAt?: string;
  lastSignInAt?: string;
  createdAt: string;
  updatedAt: string;
  appMetadata: { provider: string; providers: string[]; [key: string]: unknown };
  userMetadata: Record<string, unknown>;
  identities: IdentityRecord[];
}

export interface AuthMethodReference {
  method: string;
  timestamp: number;
}

export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  updatedAt: string;
  amr: AuthMethodReference[];
}

/** Refresh tokens are stored as sha256 hashes; the value is only ever in the client's hands. */
export interface RefreshTokenRecord {
  hash: string;
  sessionId: string;
  revoked: boolean;
  createdAt: string;
}

export type EmailTokenType = "signup" | "magiclink" | "recovery" | "invite";

/** The pending e-mail token of one user (GoTrue keeps one per user and purpose; a new send replaces it). */
export interface EmailTokenRecord {
  userId: string;
  type: EmailTokenType;
  /** sha256 of GoTrue's token_hash (which itself derives from e-mail + code). */
  tokenHashDigest: string;
  createdAt: string;
  expiresAt: string;
  failedAttempts: number;
  codeChallenge?: string;
  codeChallengeMethod?: "s256" | "plain";
}

/** A PKCE auth code waiting for `/token?grant_type=pkce`. */
export interface AuthCodeRecord {
  codeDigest: string;
  userId: string;
  codeChallenge: string;
  codeChallengeMethod: "s256" | "plain";
  authMethod: string;
  expiresAt: string;
}

/** An OAuth sign-in between `/authorize` and the callback. */
export interface OAuthFlowRecord {
  stateDigest: string;
  provider: string;
  redirectTo: string;
  codeChallenge?: string;
  codeChallengeMethod?: "s256" | "plain";
  expiresAt: string;
  /** Set when the person approves on the stand-in provider's page. */
  providerCodeDigest?: string;
  providerEmail?: string;
}

export interface MailRecord {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  created_at: string;
}

export interface AuthState {
  version: 1;
  signingKey: { kid: string; privateJwk: JWK };
  apiKeys: { anon: string; serviceRole: string };
  users: UserRecord[];
  sessions: SessionRecord[];
  refreshTokens: RefreshTokenRecord[];
  emailTokens: EmailTokenRecord[];
  authCodes: AuthCodeRecord[];
  oauthFlows: OAuthFlowRecord[];
  /** Last OTP/recovery send per e-mail (ms since epoch), for the per-address rate limit. */
  lastEmailSentAt: Record<string, number>;
  mail: MailRecord[];
}
