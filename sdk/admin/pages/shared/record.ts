import { html, type TemplateResult } from "lit";
import { errorMessage } from "../../session/admin-api";

/** What a record page or section shows while its data loads, failed, or is there. */
export type Loaded<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "error"; message: string; error: unknown };

/** Runs `load` into a `Loaded` and hands each state to `set` (the element's reactive property). */
export async function track<T>(load: () => Promise<T>, set: (state: Loaded<T>) => void): Promise<void> {
  set({ status: "loading" });
  try {
    set({ status: "ready", data: await load() });
  } catch (error) {
    set({ status: "error", message: errorMessage(error), error });
  }
}

/** The loading and error states of a section; `ready` renders the data. */
export function section<T>(state: Loaded<T>, ready: (data: T) => TemplateResult, retry: () => void, what: string): TemplateResult {
  if (state.status === "loading") return html`<div class="skeleton" aria-busy="true" aria-label=${`Loading ${what}`}></div>`;
  if (state.status === "error")
    return html`<div class="state" role="alert">
      <p><strong>The ${what} could not be loaded.</strong></p>
      <p class="muted">${state.message}</p>
      <button class="button" type="button" @click=${retry}>Try again</button>
    </div>`;
  return ready(state.data);
}
