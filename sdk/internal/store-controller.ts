import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ReadableAtom } from "nanostores";

/**
 * Re-renders its element whenever any watched nanostore changes, while the element is connected.
 * `watch` takes the current stores on every update, so a client arriving later (from a provider)
 * or replaced (a new publishable key) is followed without leaks.
 */
export class StoreController implements ReactiveController {
  #stores: ReadableAtom<unknown>[] = [];
  #unsubscribe: (() => void)[] = [];
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  watch(stores: ReadableAtom<unknown>[]): void {
    if (stores.length === this.#stores.length && stores.every((store, index) => store === this.#stores[index])) return;
    this.#stores = stores;
    if (this.#connected) this.#subscribe();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
  }

  #subscribe(): void {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = this.#stores.map((store) => store.listen(() => this.host.requestUpdate()));
  }
}
