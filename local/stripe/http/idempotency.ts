import type { Store } from "../store/store";
import { StripeApiError } from "./errors";

export interface SavedResponse {
  status: number;
  body: string;
  fingerprint: string;
  savedAt: number;
}

const TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Stripe's `Idempotency-Key` rule: within 24 h, the same key with the same method, path and parameters
 * replays the saved response; with anything else it is an `idempotency_error`. Keys are per mode and account.
 * Requests refused before running (validation, auth) are not saved, as Stripe does not save them either.
 */
export class IdempotencyKeys {
  private readonly running = new Set<string>();

  constructor(private readonly store: Store) {}

  private slot(scope: string, key: string) {
    return `idempotency:${scope}:${key}`;
  }

  lookup(scope: string, key: string, fingerprint: string): SavedResponse | undefined {
    const raw = this.store.link(this.slot(scope, key), "response");
    if (this.running.has(this.slot(scope, key)))
      throw new StripeApiError(409, {
        type: "idempotency_error",
        message:
          "There is currently another in-progress request using this Stripe token (that probably means you clicked twice, and the other request is still going through): it will be processed shortly. Please try again.",
      });
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as SavedResponse;
    if (Date.now() - saved.savedAt > TTL_MS) return undefined;
    if (saved.fingerprint !== fingerprint)
      throw new StripeApiError(400, {
        type: "idempotency_error",
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    return saved;
  }

  begin(scope: string, key: string) {
    this.running.add(this.slot(scope, key));
  }

  finish(scope: string, key: string, response: SavedResponse | undefined) {
    this.running.delete(this.slot(scope, key));
    if (response) this.store.setLink(this.slot(scope, key), "response", JSON.stringify(response));
  }
}
