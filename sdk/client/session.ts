import { atom, type ReadableAtom } from "nanostores";
import type { components } from "./openapi";

/**
 * What the merchant's backend hands the page: the customer session it minted with
 * `createCustomerSession` (sdk/server), or at least its token and expiry. `null` means the visitor is
 * not signed in (the elements then work anonymously with the publishable key).
 */
export type CustomerSessionGrant = Pick<components["schemas"]["CustomerSession"], "token" | "expires_at"> &
  Partial<Pick<components["schemas"]["CustomerSession"], "customer">>;
export type FetchSession = () => Promise<CustomerSessionGrant | null>;

/** The session as elements may see it: whether there is one, for whom, until when. Never the token. */
export type SessionState =
  | { status: "none" }
  | { status: "loading" }
  | { status: "active"; customer: string | null; expiresAt: number }
  | { status: "error"; message: string };

/** Re-mint this long before expiry (or at 80 % of a shorter lifetime), so no request carries a dying token. */
const MARGIN_SECONDS = 60;

/**
 * Holds the customer session token in memory only (a private field: never in a URL, storage,
 * a store or the console) and re-mints it through `fetchSession` before it expires.
 */
export class SessionKeeper {
  #fetchSession: FetchSession | undefined;
  #token: string | undefined;
  /** Unix seconds after which the token is re-minted before use. */
  #refreshAt = 0;
  #inflight: Promise<string | null> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #state = atom<SessionState>({ status: "none" });
  readonly $state: ReadableAtom<SessionState> = this.#state;

  get fetchSession(): FetchSession | undefined {
    return this.#fetchSession;
  }

  set fetchSession(callback: FetchSession | undefined) {
    if (callback === this.#fetchSession) return;
    this.#fetchSession = callback;
    this.clear();
    if (callback) void this.token().catch(() => {});
  }

  /** A token valid for at least the margin, minting one if needed; null when there is no signed-in customer. */
  token(): Promise<string | null> {
    if (this.#token && Date.now() / 1000 < this.#refreshAt) return Promise.resolve(this.#token);
    this.#inflight ??= this.#mint().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** Forgets the token (e.g. after a 401) so the next call mints a new one. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#token = undefined;
    this.#refreshAt = 0;
    this.#state.set({ status: "none" });
  }

  async #mint(): Promise<string | null> {
    const callback = this.#fetchSession;
    if (!callback) return null;
    this.#state.set({ status: "loading" });
    let grant: CustomerSessionGrant | null;
    try {
      grant = await callback();
    } catch (error) {
      this.#state.set({ status: "error", message: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    if (callback !== this.#fetchSession) return this.token();
    if (!grant) {
      this.clear();
      return null;
    }
    if (typeof grant.token !== "string" || !Number.isFinite(grant.expires_at)) {
      const message = "fetchSession must resolve to { token, expires_at } (the customer session your backend minted) or null.";
      this.#state.set({ status: "error", message });
      throw new TypeError(message);
    }
    const now = Date.now() / 1000;
    this.#token = grant.token;
    this.#refreshAt = grant.expires_at - Math.min(MARGIN_SECONDS, (grant.expires_at - now) * 0.2);
    this.#state.set({ status: "active", customer: grant.customer ?? null, expiresAt: grant.expires_at });
    this.#schedule(now);
    return grant.token;
  }

  /** Re-mints ahead of expiry so an open checkout never holds an expired session. */
  #schedule(now: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        this.#refreshAt = 0;
        void this.token().catch(() => {});
      },
      Math.max(0, (this.#refreshAt - now) * 1000),
    );
  }
}
