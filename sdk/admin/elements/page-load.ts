import { Task } from "@lit/task";
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from "lit";
import { errorMessage } from "../session/admin-api";
import { pageLoading } from "./page-states";

/**
 * What a page loads once (its keys, its team), with the loading and error (Try again) states, and
 * the changes a person makes to it: `change(action)` runs one, reloads, and keeps its error for
 * `changeError()` to show above the content until the next change succeeds.
 *
 * ```ts
 * #keys = new PageLoad(this, async () => (await call(this.signedIn.api.GET("/v1/api_keys"))).data);
 * render() {
 *   return html`${this.#keys.changeError()}
 *     ${this.#keys.render({ loading: "Loading keys…", complete: (keys) => html`…` })}`;
 * }
 * ```
 */
export class PageLoad<T> {
  readonly #host: ReactiveControllerHost;
  readonly #task: Task<[], T>;
  #changeError: string | undefined;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#task = new Task(host, { task: load, args: () => [] });
  }

  reload(): void {
    void this.#task.run();
  }

  /** Runs a change (revoke, remove, resend…), then reloads whether it worked or not; its error is kept for `changeError()`. */
  async change(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
      this.#changeError = undefined;
    } catch (error) {
      this.#changeError = errorMessage(error);
    }
    this.reload();
    this.#host.requestUpdate();
  }

  /** The last change's error, announced; nothing once a change succeeds. */
  changeError(): TemplateResult | typeof nothing {
    return this.#changeError ? html`<p class="alert" role="alert">${this.#changeError}</p>` : nothing;
  }

  /** Loading text, the error with Try again (in a card of its own with `card`, for a page without one around it), or `complete`. */
  render(view: { loading: string; complete: (value: T) => unknown; card?: boolean }): unknown {
    return this.#task.render({
      pending: () => pageLoading(view.loading),
      error: (error) => html`<div class=${view.card ? "card" : ""} role="alert"><p>${errorMessage(error)}</p>
        <button class="button" type="button" @click=${() => this.reload()}>Try again</button></div>`,
      complete: view.complete,
    });
  }
}
