import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit";
import { readQuery, writeQuery } from "../session/url-state";
import type { ListPage, LoadPage } from "./admin-table/admin-table";

/** A list's filters as the page keeps them: every value a string, as in the address and in form controls. */
export type FilterValues = Record<string, string>;
export type FilterOption = { value: string; label: string };
/** The page a table asks for: `limit` and the cursor. */
export type PageQuery = Parameters<LoadPage<unknown>>[0];

export interface ListFiltersOptions<F extends FilterValues, T> {
  /** Every filter with its value when unset; a filter at this value is left out of the address. */
  defaults: F;
  /** Filters whose value must be one of these (a sort): anything else in the address falls back to the default. */
  choices?: { [K in keyof F]?: ReadonlyArray<{ value: F[K] }> };
  /** Filters typed into (a search box): applied once the person pauses, not on every key. */
  typed?: ReadonlyArray<keyof F>;
  /** One page of the list for these filters: the `load` of `<billing-admin-table>`. */
  list: (filters: F, page: PageQuery) => Promise<ListPage<T>>;
}

/**
 * A list page's filters, kept in the address (`session/url-state.ts`: deep links, reload,
 * back/forward) and turned into the table's `load` function: a new function whenever they change,
 * so `<billing-admin-table>` reloads from the first page. Renders the filter bar's controls
 * (styled by `listStyles`): on phones all but the search fold behind a "Filters" button.
 *
 * ```ts
 * #filters = new ListFilters(this, { defaults, choices: { sort: SORTS }, list: (f, page) => call(api.GET(…)) });
 * render() {
 *   return html`${this.#filters.bar("Filter customers", { more: this.#filters.select("sort", "Sort", SORTS) })}
 *     <billing-admin-table .load=${this.#filters.load} …></billing-admin-table>`;
 * }
 * ```
 */
export class ListFilters<F extends FilterValues, T> implements ReactiveController {
  values: F;
  /** The table's `load` for the current filters. */
  load: LoadPage<T>;
  /** On phones: whether the folded filters are shown. */
  open = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: ListFiltersOptions<F, T>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The values to apply next: a typed value still waiting for its pause is kept when another filter changes. */
  #next: F;

  constructor(host: ReactiveControllerHost, options: ListFiltersOptions<F, T>) {
    this.#host = host;
    this.#options = options;
    this.values = this.#fromAddress();
    this.#next = this.values;
    this.load = this.#loader(this.values);
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Whether any filter differs from its default (the list's empty state then says "no match"). */
  get filtered(): boolean {
    return Object.entries(this.#options.defaults).some(([key, value]) => this.values[key] !== value);
  }

  /** Changes one filter: at once, or once typing pauses for the `typed` ones. */
  set(key: keyof F, value: string): void {
    const next = { ...this.#next, [key]: value };
    this.#next = next;
    clearTimeout(this.#timer);
    if (this.#options.typed?.includes(key)) this.#timer = setTimeout(() => this.#apply(next), 250);
    else this.#apply(next);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#apply({ ...this.#options.defaults });
  }

  /** The bar: the search (if any) stays in view, `more` folds on phones, and "Clear" appears once something is filtered. */
  bar(label: string, parts: { search?: TemplateResult; more: unknown }): TemplateResult {
    const toggle = () => {
      this.open = !this.open;
      this.#host.requestUpdate();
    };
    // On phones the folded filters are out of sight: the button says how many are set.
    const typed = this.#options.typed ?? [];
    const folded = Object.entries(this.#options.defaults).filter(
      ([key, value]) => !typed.includes(key) && this.values[key] !== value,
    ).length;
    return html`<div class=${`filters ${this.open ? "open" : ""}`} role="search" aria-label=${label}>
      ${parts.search ?? nothing}
      <button class="button filters-toggle" type="button" aria-expanded=${this.open ? "true" : "false"}
        aria-controls="more-filters" @click=${toggle}>${folded ? `Filters (${folded})` : "Filters"}</button>
      <div class="more" id="more-filters">${parts.more}</div>
      ${this.filtered ? html`<button class="button quiet reset" type="button" @click=${() => this.clear()}>Clear</button>` : nothing}
    </div>`;
  }

  search(key: keyof F & string, label: string, placeholder: string): TemplateResult {
    return html`<div class="field search"><label for=${`filter-${key}`}>${label}</label>
      <input id=${`filter-${key}`} type="search" placeholder=${placeholder} .value=${this.values[key] ?? ""}
        @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)} /></div>`;
  }

  select(key: keyof F & string, label: string, options: ReadonlyArray<FilterOption>): TemplateResult {
    return html`<div class="field" data-filter=${key}><label for=${`filter-${key}`}>${label}</label>
      <select id=${`filter-${key}`} @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === this.values[key]}>${o.label}</option>`)}
      </select></div>`;
  }

  date(key: keyof F & string, label: string): TemplateResult {
    return html`<div class="field date"><label for=${`filter-${key}`}>${label}</label>
      <input id=${`filter-${key}`} type="date" .value=${this.values[key] ?? ""}
        @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)} /></div>`;
  }

  #apply(values: F): void {
    this.values = values;
    this.#next = values;
    this.load = this.#loader(values);
    const defaults = this.#options.defaults;
    writeQuery(Object.fromEntries(Object.keys(defaults).map((key) => [key, values[key] === defaults[key] ? null : values[key]])));
    this.#host.requestUpdate();
  }

  #loader(values: F): LoadPage<T> {
    return (page) => this.#options.list(values, page);
  }

  #fromAddress(): F {
    const query = readQuery();
    const { defaults, choices } = this.#options;
    const values: FilterValues = {};
    for (const [key, fallback] of Object.entries(defaults)) {
      const value = query.get(key);
      const allowed = choices?.[key];
      values[key] = value !== null && (!allowed || allowed.some((choice) => choice.value === value)) ? value : fallback;
    }
    return values as F;
  }
}

/** `"email:asc"` → the API's `{ sort: "email", order: "asc" }`. */
export function sortQuery<Q extends { sort?: unknown; order?: unknown }>(value: string): Pick<Q, "sort" | "order"> {
  const [sort, order] = value.split(":");
  return { sort, order } as Pick<Q, "sort" | "order">;
}

/** Two `<input type="date">` values as the API's range on `field`: `field[gte]` from the first day's start, `field[lte]` to the last day's end. */
export function dateRangeQuery<K extends string>(field: K, from: string, to: string): Partial<Record<`${K}[gte]` | `${K}[lte]`, number>> {
  const range: Partial<Record<string, number>> = {};
  const start = dateToSeconds(from);
  const end = dateToSeconds(to, true);
  if (start !== undefined) range[`${field}[gte]`] = start;
  if (end !== undefined) range[`${field}[lte]`] = end;
  return range;
}

/** A Unix time from a `<input type="date">` value (start of that day, or its end with `endOfDay`), in the browser's zone. */
export function dateToSeconds(value: string | undefined, endOfDay = false): number | undefined {
  if (!value) return undefined;
  const [year, month, day] = value.split("-").map(Number);
  if (!year || !month || !day) return undefined;
  const date = endOfDay ? new Date(year, month - 1, day, 23, 59, 59) : new Date(year, month - 1, day);
  return Math.floor(date.getTime() / 1000);
}
