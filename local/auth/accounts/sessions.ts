import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { AuthApiError, badRequest, forbidden } from "../http/errors";
import { bearerToken } from "../http/request";
import type { AuthStore } from "../store/auth-store";
import type { SessionRecord, UserRecord } from "../store/records";
import { randomSecret, sha256 } from "../tokens/secrets";
import { ACCESS_TOKEN_SECONDS, type TokenSigner } from "../tokens/signing";
import { userJson } from "./user-json";

/** The `amr` method GoTrue records for each way of signing in. */
export type AuthMethod = "password" | "otp" | "magiclink" | "email/signup" | "recovery" | "invite" | "oauth";

export interface Authenticated {
  user: UserRecord;
  session: SessionRecord;
}

/** Sessions, access tokens and rotating refresh tokens, as GoTrue issues them. */
export class Sessions {
  constructor(
    private readonly store: AuthStore,
    private readonly signer: TokenSigner,
  ) {}

  /** Starts a session for `user` and returns GoTrue's token response. */
  async start(user: UserRecord, method: AuthMethod) {
    const now = new Date();
    const session: SessionRecord = {
      id: randomUUID(),
      userId: user.id,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      amr: [{ method, timestamp: Math.floor(now.getTime() / 1_000) }],
    };
    user.lastSignInAt = now.toISOString();
    this.store.state.sessions.push(session);
    const refreshToken = this.mintRefreshToken(session.id);
    this.store.save();
    return this.tokenResponse(user, session, refreshToken);
  }

  /**
   * Rotates a refresh token. A token that was already rotated means it leaked or was replayed:
   * like GoTrue with reuse detection (and no reuse interval) the whole session is revoked.
   */
  async refresh(refreshToken: string) {
    const hash = sha256(refreshToken);
    const record = this.store.state.refreshTokens.find((token) => token.hash === hash);
    const session = record && this.store.state.sessions.find((candidate) => candidate.id === record.sessionId);
    const user = session && this.store.userById(session.userId);
    if (!record || !session || !user) throw badRequest("refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
    if (record.revoked) {
      this.store.deleteSessions((id) => id === session.id);
      this.store.save();
      throw badRequest("refresh_token_already_used", "Invalid Refresh Token: Already Used");
    }
    record.revoked = true;
    session.updatedAt = new Date().toISOString();
    const next = this.mintRefreshToken(session.id);
    this.store.save();
    return this.tokenResponse(user, session, next);
  }

  /** The user and live session behind a request's Bearer access token. */
  async authenticate(request: IncomingMessage): Promise<Authenticated> {
    const token = bearerToken(request);
    if (!token) throw new AuthApiError(401, "no_authorization", "This endpoint requires a valid Bearer token");
    let claims: Awaited<ReturnType<TokenSigner["verifyAccessToken"]>>;
    try {
      claims = await this.signer.verifyAccessToken(token);
    } catch (error) {
      throw forbidden("bad_jwt", `invalid JWT: unable to parse or verify signature, ${(error as Error).message}`);
    }
    const session = this.store.state.sessions.find((candidate) => candidate.id === claims.session_id);
    if (!session) throw forbidden("session_not_found", "Session from session_id claim in JWT does not exist");
    const user = this.store.userById(session.userId);
    if (!user || user.id !== claims.sub) throw forbidden("user_not_found", "User from sub claim in JWT does not exist");
    return { user, session };
  }

  /** GoTrue's `/logout` scopes: this session, every session of the user, or every other one. */
  logout({ user, session }: Authenticated, scope: "global" | "local" | "others"): void {
    const mine = new Set(this.store.state.sessions.filter((candidate) => candidate.userId === user.id).map((candidate) => candidate.id));
    this.store.deleteSessions((id) => {
      if (scope === "local") return id === session.id;
      if (scope === "others") return mine.has(id) && id !== session.id;
      return mine.has(id);
    });
    this.store.save();
  }

  private mintRefreshToken(sessionId: string): string {
    const value = randomSecret(18);
    this.store.state.refreshTokens.push({ hash: sha256(value), sessionId, revoked: false, createdAt: new Date().toISOString() });
    return value;
  }

  private async tokenResponse(user: UserRecord, session: SessionRecord, refreshToken: string) {
    const accessToken = await this.signer.sign(
      {
        sub: user.id,
        aud: "authenticated",
        email: user.email,
        phone: "",
        app_metadata: user.appMetadata,
        user_metadata: user.userMetadata,
        role: "authenticated",
        aal: "aal1",
        amr: session.amr,
        session_id: session.id,
        is_anonymous: false,
      },
      ACCESS_TOKEN_SECONDS,
    );
    return {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: ACCESS_TOKEN_SECONDS,
      expires_at: Math.floor(Date.now() / 1_000) + ACCESS_TOKEN_SECONDS,
      refresh_token: refreshToken,
      user: userJson(user),
    };
  }
}

export type SessionResponse = Awaited<ReturnType<Sessions["start"]>>;
