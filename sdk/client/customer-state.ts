import { atom, onMount, type ReadableAtom } from "nanostores";
import type { CustomerStateDocument } from "./entitlement-decision";
import { toBillingError } from "./errors";
import type { Loadable } from "./loadable";

/** What one fetch of `GET /v1/customer_state` gave: a new document, "unchanged" (304), or no signed-in customer. */
export type StateAnswer =
  | { status: "changed"; document: CustomerStateDocument; etag: string | null }
  | { status: "unchanged" }
  | { status: "signed_out" };

/** Ready with `null`: the visitor is not signed in (the answer to every gate is then "no"). */
export type CustomerStateLoadable = Loadable<CustomerStateDocument | null>;

/**
 * The page's visibility, typed here rather than from the DOM library: the client's module is also
 * imported where there is no document (server rendering, node tools), and then simply never pauses.
 */
interface PageVisibility {
  visibilityState: string;
  addEventListener(type: "visibilitychange", listener: () => void): void;
  removeEventListener(type: "visibilitychange", listener: () => void): void;
}
const page = () => (globalThis as { document?: PageVisibility }).document;

/** Never poll more often than this, whatever the server's hint or the page's setting says. */
export const MIN_POLL_SECONDS = 5;
/**
 * After an action on the page, the API may learn its effect a moment later (a payment confirmed in
 * the browser completes through Stripe's webhooks, one by one): ask again after
 * these many seconds before going back to the usual interval.
 */
const AFTER_ACTION_SECONDS = [2, 4, 8];
/** Used until the server has said how long its state stays fresh (its `expires_at`). */
const DEFAULT_POLL_SECONDS = 60;

/**
 * The customer state shared by every gate and meter on the page: fetched once when the first one
 * subscribes, polled with If-None-Match while any is subscribed (every `expires_at − now` seconds,
 * or `pollInterval`), paused while the page is hidden, refreshed at once after an action on the
 * page (`refresh()`), stopped when the last one leaves. A failed poll keeps the last good state
 * (an element does not lose the customer's access on a network blip) and tries again later.
 */
export class CustomerStatePoller {
  readonly #store = atom<CustomerStateLoadable>({ status: "idle" });
  readonly $state: ReadableAtom<CustomerStateLoadable> = this.#store;
  /**
   * The store's value, read without subscribing: nanostores' `get()` on a store nobody listens to
   * mounts it for a moment, which here would start a fetch.
   */
  #value: CustomerStateLoadable = { status: "idle" };
  /** Seconds between polls; undefined follows the server's `expires_at`. */
  pollInterval: number | undefined;
  #etag: string | null = null;
  #serverTtl = DEFAULT_POLL_SECONDS;
  #mounted = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inflight: Promise<void> | undefined;
  /** A refresh was asked for while one was in flight: its answer may predate the change, so fetch again. */
  #again = false;
  /** The timer fired while the page was hidden: poll as soon as it is visible again. */
  #due = false;
  /** Quick follow-ups still to make after the last action (all of them: its effect may arrive in steps). */
  #followUps: number[] = [];

  constructor(private readonly load: (etag: string | null) => Promise<StateAnswer>) {
    onMount(this.#store, () => {
      this.#mounted = true;
      page()?.addEventListener("visibilitychange", this.#onVisibility);
      void this.refresh();
      return () => {
        this.#mounted = false;
        clearTimeout(this.#timer);
        page()?.removeEventListener("visibilitychange", this.#onVisibility);
      };
    });
  }

  /**
   * Fetches now (one request however many callers), if any element is watching; otherwise the next
   * subscriber fetches. Resolves when the store holds the answer.
   */
  refresh(): Promise<void> {
    if (!this.#mounted) return Promise.resolve();
    if (this.#inflight) {
      this.#again = true;
      return this.#inflight;
    }
    this.#inflight = this.#fetch().finally(() => {
      this.#inflight = undefined;
      if (this.#again) {
        this.#again = false;
        void this.refresh();
      } else this.#schedule();
    });
    return this.#inflight;
  }

  /** Fetches now after an action on the page, and follows up quickly (a few conditional requests, mostly 304s). */
  refreshAfterAction(): Promise<void> {
    this.#followUps = [...AFTER_ACTION_SECONDS];
    return this.refresh();
  }

  /** The current state, without mounting the store (so without fetching). */
  get value(): CustomerStateLoadable {
    return this.#value;
  }

  #set(value: CustomerStateLoadable): void {
    this.#value = value;
    this.#store.set(value);
  }

  /** Forgets the state (signed out, or another customer signed in) and fetches it again. */
  reset(): void {
    this.#etag = null;
    if (this.#value.status !== "idle") this.#set({ status: "idle" });
    void this.refresh();
  }

  async #fetch(): Promise<void> {
    clearTimeout(this.#timer);
    this.#due = false;
    const current = this.#value;
    if (current.status !== "ready") this.#set({ status: "loading" });
    try {
      const answer = await this.load(this.#etag);
      if (answer.status === "signed_out") {
        this.#etag = null;
        this.#set({ status: "ready", data: null });
      } else if (answer.status === "changed") {
        // Follow-ups continue: an action's effect can arrive in steps (the subscription's webhook, then the payment's).
        this.#etag = answer.etag;
        const ttl = answer.document.expires_at - Date.now() / 1000;
        if (Number.isFinite(ttl) && ttl > 0) this.#serverTtl = ttl;
        this.#set({ status: "ready", data: answer.document });
      } else if (current.status !== "ready") {
        // A 304 for a state this store no longer holds: fetch it whole.
        this.#etag = null;
        this.#again = true;
      }
    } catch (thrown) {
      if (this.#value.status !== "ready") this.#set({ status: "error", error: toBillingError(thrown) });
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.#mounted) return;
    const seconds = this.#followUps.shift() ?? Math.max(MIN_POLL_SECONDS, this.pollInterval ?? this.#serverTtl);
    this.#timer = setTimeout(() => {
      if (page()?.visibilityState === "hidden") this.#due = true;
      else void this.refresh();
    }, seconds * 1000);
  }

  readonly #onVisibility = (): void => {
    if (page()?.visibilityState !== "hidden" && this.#due) void this.refresh();
  };
}
