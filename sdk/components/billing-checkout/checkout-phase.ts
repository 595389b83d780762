import type { CheckoutSession, CreateCheckoutSession } from "../../client/client";
import type { Failure } from "./checkout-failure";
import type { Offer } from "./checkout-offer";

/** Where a `<billing-checkout>` is in its purchase. */
export type Phase =
  | { name: "idle" }
  | { name: "loading" }
  | { name: "confirm"; offer: Offer }
  | { name: "ready"; session: CheckoutSession }
  | { name: "complete"; session: CheckoutSession }
  | { name: "failed"; failure: Failure }
  | { name: "misplaced" };

/** Sets the element's `:state()` to its phase (the phases the class documents as `@cssstate`). */
export function showPhase(states: CustomStateSet, phase: Phase): void {
  for (const name of ["loading", "ready", "complete", "failed"]) {
    if (phase.name === name) states.add(name);
    else states.delete(name);
  }
}

/** One Idempotency-Key per purchase attempt: a retry of the same purchase reuses it. */
export class PurchaseAttempt {
  #current: { key: string; body: string } | undefined;

  keyFor(body: CreateCheckoutSession): string {
    const signature = JSON.stringify(body);
    if (this.#current?.body !== signature) this.#current = { key: crypto.randomUUID(), body: signature };
    return this.#current.key;
  }

  /** The next request starts a new purchase (the last one completed or its session expired). */
  forget(): void {
    this.#current = undefined;
  }
}
