import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { errorMessage } from "../../session/admin-api";
import { adminStyles } from "../admin.styles";
import { AdminElement } from "../admin-element";
import { styles } from "./admin-table.styles";

/** One page of a `/v1` list: `{ data, has_more }`. */
export interface ListPage<T> {
  data: T[];
  has_more: boolean;
}

export interface Column<T> {
  label: string;
  /** What the cell shows; strings and templates are rendered as text (never as markup). */
  cell: (row: T) => TemplateResult | string | number | null | undefined;
  align?: "start" | "end";
  /** Hidden on narrow screens (the table keeps its first columns at 375 px). */
  secondary?: boolean;
}

/** Loads one page; `starting_after` is the id of the last row of the previous page (cursor pagination). */
export type LoadPage<T> = (page: { limit: number; starting_after?: string }) => Promise<ListPage<T>>;

type View<T> = { status: "loading" } | { status: "ready"; page: ListPage<T> } | { status: "error"; message: string };

/**
 * A list from the API with its loading (skeleton rows), empty and error (with retry) states and
 * cursor pagination (`starting_after` + `has_more`, Previous/Next). Each row may link to its
 * record: the first cell is then a real link (keyboard, middle click, deep link) and the whole row
 * is clickable.
 *
 * @tagname billing-admin-table
 * @slot empty - Shown when the list is empty (e.g. a call to action); defaults to `empty-text`.
 * @event billing-admin-page - The page changed: `{ index, starting_after }`.
 */
export class AdminTable<T extends { id: string }> extends AdminElement {
  static override styles = [tokenStyles, adminStyles, styles];
  static override properties = {
    ...AdminElement.properties,
    label: {},
    emptyText: { attribute: "empty-text" },
    pageSize: { attribute: "page-size", type: Number },
    columns: { attribute: false },
    load: { attribute: false },
    rowHref: { attribute: false },
    view: { state: true },
  };

  /** Names the table for assistive technology (its caption). */
  declare label: string;
  declare emptyText: string;
  declare pageSize: number;
  declare columns: Column<T>[];
  /** Called for every page; set a new function to reload from the first page (e.g. when filters change). */
  declare load: LoadPage<T> | undefined;
  /** The record's admin path (`/admin/customers/cus_…`), making rows links. */
  declare rowHref: ((row: T) => string) | undefined;
  declare view: View<T>;

  /** Cursors of the pages before the current one (the first page has none). */
  #cursors: Array<string | undefined> = [undefined];
  #request = 0;

  constructor() {
    super();
    this.label = "";
    this.emptyText = "Nothing here yet.";
    this.pageSize = 20;
    this.columns = [];
    this.view = { status: "loading" };
  }

  /** Reloads the current page (after a change made elsewhere on the page). */
  reload(): Promise<void> {
    return this.#fetch(this.#cursors.at(-1));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has("load") || changed.has("pageSize")) {
      this.#cursors = [undefined];
      void this.#fetch(undefined);
    }
  }

  async #fetch(startingAfter: string | undefined): Promise<void> {
    const load = this.load;
    if (!load) return;
    const request = ++this.#request;
    this.view = { status: "loading" };
    try {
      const page = await load({ limit: this.pageSize, ...(startingAfter ? { starting_after: startingAfter } : {}) });
      if (request === this.#request) this.view = { status: "ready", page };
    } catch (error) {
      if (request === this.#request) this.view = { status: "error", message: errorMessage(error) };
    }
  }

  #next(page: ListPage<T>): void {
    const last = page.data.at(-1);
    if (!last) return;
    this.#cursors.push(last.id);
    this.emit("billing-admin-page", { index: this.#cursors.length - 1, starting_after: last.id });
    void this.#fetch(last.id);
  }

  #previous(): void {
    if (this.#cursors.length < 2) return;
    this.#cursors.pop();
    const cursor = this.#cursors.at(-1);
    this.emit("billing-admin-page", { index: this.#cursors.length - 1, starting_after: cursor });
    void this.#fetch(cursor);
  }

  #rowClick(event: MouseEvent, row: T): void {
    const href = this.rowHref?.(row);
    // Clicks on the row's own link, buttons or selected text keep their meaning.
    if (!href || (event.target as Element).closest("a, button, input, select") || getSelection()?.toString()) return;
    this.session?.navigate(href);
  }

  #cell(row: T, column: Column<T>, index: number) {
    const content = column.cell(row);
    const href = index === 0 ? this.rowHref?.(row) : undefined;
    return html`<td class=${[column.align === "end" ? "end" : "", column.secondary ? "secondary" : ""].join(" ")}>
      ${href ? html`<a class="row-link" href=${href}>${content}</a>` : (content ?? nothing)}
    </td>`;
  }

  #head() {
    return html`<thead><tr>
      ${this.columns.map(
        (column) =>
          html`<th scope="col" class=${[column.align === "end" ? "end" : "", column.secondary ? "secondary" : ""].join(" ")}>${column.label}</th>`,
      )}
    </tr></thead>`;
  }

  #body() {
    const view = this.view;
    if (view.status === "loading")
      return html`<tbody>${[0, 1, 2, 3, 4].map(
        () =>
          html`<tr class="skeleton">${this.columns.map((c) => html`<td class=${c.secondary ? "secondary" : ""}><span class="bar"></span></td>`)}</tr>`,
      )}</tbody>`;
    if (view.status === "error" || view.page.data.length === 0) return nothing;
    return html`<tbody>${view.page.data.map(
      (row) => html`<tr class=${this.rowHref ? "linked" : ""} @click=${(event: MouseEvent) => this.#rowClick(event, row)}>
        ${this.columns.map((column, index) => this.#cell(row, column, index))}
      </tr>`,
    )}</tbody>`;
  }

  #footer() {
    const view = this.view;
    if (view.status === "error")
      return html`<div class="state" role="alert" part="error">
        <p><strong>This list could not be loaded.</strong></p>
        <p class="muted">${view.message}</p>
        <button class="button" type="button" @click=${() => this.reload()}>Try again</button>
      </div>`;
    if (view.status !== "ready") return nothing;
    const { page } = view;
    if (page.data.length === 0 && this.#cursors.length === 1)
      return html`<div class="state" part="empty"><slot name="empty"><p class="muted">${this.emptyText}</p></slot></div>`;
    const first = this.#cursors.length > 1;
    if (!first && !page.has_more) return nothing;
    return html`<nav class="pager" aria-label=${`${this.label || "List"} pages`}>
      <span class="muted">Page ${this.#cursors.length}</span>
      <span class="pager-buttons">
        <button class="button" type="button" ?disabled=${!first} @click=${() => this.#previous()}>Previous</button>
        <button class="button" type="button" ?disabled=${!page.has_more} @click=${() => this.#next(page)}>Next</button>
      </span>
    </nav>`;
  }

  protected override render() {
    const busy = this.view.status === "loading";
    return html`<div class="frame" part="frame">
      <div class="scroll">
        <table aria-busy=${busy ? "true" : "false"}>
          ${this.label ? html`<caption class="sr-only">${this.label}</caption>` : nothing}
          ${this.#head()} ${this.#body()}
        </table>
      </div>
      ${this.#footer()}
    </div>`;
  }
}
