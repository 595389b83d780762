import { randomUUID } from "node:crypto";
import type { AuthState, IdentityRecord, UserRecord } from "./records";
import type { StateFile } from "./state-file";

/**
 * The emulator's state in memory, written through to the state file after every change. Node runs
 * handlers one at a time between awaits, and every mutation here is synchronous, so no two requests
 * interleave inside one change.
 */
export class AuthStore {
  constructor(
    readonly state: AuthState,
    private readonly file: StateFile,
  ) {}

  save(): void {
    this.file.save(this.state);
  }

  userById(id: string): UserRecord | undefined {
    return this.state.users.find((user) => user.id === id);
  }

  userByEmail(email: string): UserRecord | undefined {
    return this.state.users.find((user) => user.email === email);
  }

  createUser(options: {
    email: string;
    id?: string;
    provider?: string;
    providerId?: string;
    confirmed?: boolean;
    userMetadata?: Record<string, unknown>;
  }): UserRecord {
    const now = new Date().toISOString();
    const id = options.id ?? randomUUID();
    const provider = options.provider ?? "email";
    const user: UserRecord = {
      id,
      email: options.email,
      createdAt: now,
      updatedAt: now,
      appMetadata: { provider, providers: [provider] },
      userMetadata: options.userMetadata ?? {},
      identities: [identity(provider, options.providerId ?? id, options.email, now)],
      ...(options.confirmed ? { emailConfirmedAt: now } : {}),
    };
    this.state.users.push(user);
    return user;
  }

  /** Links another provider to a user the first time they sign in with it (GoTrue links by verified e-mail). */
  linkIdentity(user: UserRecord, provider: string, providerId: string): void {
    const now = new Date().toISOString();
    const existing = user.identities.find((entry) => entry.provider === provider);
    if (existing) {
      existing.lastSignInAt = now;
      return;
    }
    user.identities.push(identity(provider, providerId, user.email, now));
    if (!user.appMetadata.providers.includes(provider)) user.appMetadata.providers.push(provider);
  }

  /** Deleting a user ends their sessions, refresh tokens and pending e-mail tokens with them. */
  deleteUser(id: string): void {
    const sessionIds = new Set(this.state.sessions.filter((session) => session.userId === id).map((session) => session.id));
    this.state.users = this.state.users.filter((user) => user.id !== id);
    this.state.sessions = this.state.sessions.filter((session) => session.userId !== id);
    this.state.refreshTokens = this.state.refreshTokens.filter((token) => !sessionIds.has(token.sessionId));
    this.state.emailTokens = this.state.emailTokens.filter((token) => token.userId !== id);
    this.state.authCodes = this.state.authCodes.filter((code) => code.userId !== id);
  }

  /** Drops sessions and everything hanging off them. */
  deleteSessions(predicate: (sessionId: string) => boolean): void {
    this.state.sessions = this.state.sessions.filter((session) => !predicate(session.id));
    this.state.refreshTokens = this.state.refreshTokens.filter((token) => !predicate(token.sessionId));
  }

  /** Forgets expired one-time records so the state file does not accumulate them. */
  pruneExpired(now = Date.now()): void {
    const live = (record: { expiresAt: string }) => Date.parse(record.expiresAt) > now;
    this.state.emailTokens = this.state.emailTokens.filter(live);
    this.state.authCodes = this.state.authCodes.filter(live);
    this.state.oauthFlows = this.state.oauthFlows.filter(live);
  }
}

function identity(provider: string, providerId: string, email: string, now: string): IdentityRecord {
  return { provider, providerId, identityId: randomUUID(), email, createdAt: now, updatedAt: now, lastSignInAt: now };
}
