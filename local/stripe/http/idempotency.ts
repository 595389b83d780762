import { StripeApiError } from "./errors";

export interface SavedResponse {
  status: number;
  body: string;
  fingerprint: string;
  savedAt: number;
}

const TTL_MS = 24 * 60 * 60 * 1000;
/** The SDK sends a fresh key with every POST; keep the newest ones so memory stays bounded. */
const MAX_KEYS = 20_000;

/**
 * Stripe's `Idempotency-Key` rule: within 24 h, the same key with the same method, path and parameters
 * replays the saved response; with anything else it is an `idempotency_error`. Keys are per mode and account.
 * Requests refused before running (validation, auth) are not saved, as Stripe does not save them either.
 * Saved responses live in memory: a restarted emulator starts with no keys.
 */
export class IdempotencyKeys {
  private readonly running = new Set<string>();
  private readonly saved = new Map<string, SavedResponse>();

  lookup(scope: string, key: string, fingerprint: string): SavedResponse | undefined {
    const slot = `${scope}:${key}`;
    if (this.running.has(slot))
      throw new StripeApiError(409, {
        type: "idempotency_error",
        message:
          "There is currently another in-progress request using this Stripe token (that probably means you clicked twice, and the other request is still going through): it will be processed shortly. Please try again.",
      });
    const saved = this.saved.get(slot);
    if (!saved || Date.now() - saved.savedAt > TTL_MS) return undefined;
    if (saved.fingerprint !== fingerprint)
      throw new StripeApiError(400, {
        type: "idempotency_error",
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    return saved;
  }

  begin(scope: string, key: string) {
    this.running.add(`${scope}:${key}`);
  }

  finish(scope: string, key: string, response: SavedResponse | undefined) {
    const slot = `${scope}:${key}`;
    this.running.delete(slot);
    if (!response) return;
    this.saved.set(slot, response);
    if (this.saved.size > MAX_KEYS) {
      const oldest = this.saved.keys().next().value;
      if (oldest !== undefined) this.saved.delete(oldest);
    }
  }
}
