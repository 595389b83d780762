import { Task } from "@lit/task";
import { css, html, nothing, type TemplateResult } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { saveFile } from "../../elements/save-file";
import { errorMessage } from "../../session/admin-api";
import { sectionStyles } from "./analytics.styles";

/**
 * One section of Analytics: a card with a heading, a CSV download, and its own loading, empty and
 * error (with retry) states, so one failing section never blanks the page. Assign a new `load` to
 * load again (a new range).
 *
 * @tagname billing-admin-analytics-section
 */
export class AdminAnalyticsSection<T = unknown> extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    sectionStyles,
    css`
      :host {
        min-width: 0;
      }
      section {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 12px;
        min-width: 0;
        height: 100%;
        align-content: start;
      }
      .head {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: start;
        gap: 8px 12px;
      }
      .head p {
        font-size: 0.8125rem;
        margin-top: 2px;
      }
      .state {
        display: grid;
        gap: 8px;
        justify-items: start;
        padding: 24px 0;
        font-size: 0.875rem;
      }
      .skeleton {
        height: 200px;
        border-radius: var(--_radius-control);
        background: var(--_color-skeleton);
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    heading: {},
    description: {},
    emptyText: { attribute: "empty-text" },
    csvName: { attribute: "csv-name" },
    load: { attribute: false },
    content: { attribute: false },
    isEmpty: { attribute: false },
    csv: { attribute: false },
    exporting: { state: true },
    exportError: { state: true },
  };

  declare heading: string;
  declare description: string;
  /** Said when there is no data yet: what will appear here, and why. */
  declare emptyText: string;
  /** The downloaded file's name, without the date and extension ("mrr"). */
  declare csvName: string;
  declare load: (() => Promise<T>) | undefined;
  declare content: (data: T) => TemplateResult;
  declare isEmpty: (data: T) => boolean;
  /** The same rows as CSV (the API streams them for `Accept: text/csv`). */
  declare csv: (() => Promise<Blob>) | undefined;
  declare exporting: boolean;
  declare exportError: string | undefined;

  readonly #data = new Task(this, {
    task: async ([load]) => (load ? load() : new Promise<T>(() => undefined)),
    args: () => [this.load] as const,
  });

  constructor() {
    super();
    this.heading = "";
    this.description = "";
    this.emptyText = "No data for this period yet.";
    this.csvName = "analytics";
    this.content = () => html``;
    this.isEmpty = () => false;
    this.exporting = false;
  }

  async #export(): Promise<void> {
    if (!this.csv) return;
    this.exporting = true;
    this.exportError = undefined;
    try {
      saveFile(await this.csv(), `${this.csvName}-${new Date().toISOString().slice(0, 10)}.csv`, this.renderRoot);
    } catch (error) {
      this.exportError = errorMessage(error);
    } finally {
      this.exporting = false;
    }
  }

  #state() {
    return this.#data.render({
      initial: () => html`<div class="skeleton" aria-busy="true" aria-label=${`Loading ${this.heading}`}></div>`,
      pending: () => html`<div class="skeleton" aria-busy="true" aria-label=${`Loading ${this.heading}`}></div>`,
      error: (error) => html`<div class="state" role="alert">
        <p><strong>${this.heading} could not be loaded.</strong></p>
        <p class="muted">${errorMessage(error)}</p>
        <button class="button" type="button" @click=${() => this.#data.run()}>Try again</button>
      </div>`,
      complete: (data) =>
        this.isEmpty(data) ? html`<div class="state empty"><p class="muted">${this.emptyText}</p></div>` : this.content(data),
    });
  }

  protected override render() {
    const id = `section-${this.csvName}`;
    return html`<section class="card" aria-labelledby=${id}>
      <div class="head">
        <div>
          <h2 id=${id}>${this.heading}</h2>
          ${this.description ? html`<p class="muted">${this.description}</p>` : nothing}
        </div>
        ${
          this.csv
            ? html`<button class="button" type="button" ?disabled=${this.exporting} aria-label=${`Download ${this.heading} as CSV`}
              @click=${() => this.#export()}>${this.exporting ? "Downloading…" : "CSV"}</button>`
            : nothing
        }
      </div>
      ${this.exportError ? html`<p class="alert" role="alert">The download failed: ${this.exportError}</p>` : nothing}
      ${this.#state()}
    </section>`;
  }
}
