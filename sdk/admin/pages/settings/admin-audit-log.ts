import { css, html } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, LoadPage } from "../../elements/admin-table/admin-table";
import { listStyles } from "../../elements/list-filters.styles";
import { call } from "../../session/admin-api";
import { readQuery, writeQuery } from "../../session/url-state";
import { adminPages } from "../index";
import {
  type AuditFilters,
  actionInWords,
  auditApiQuery,
  auditFiltersFrom,
  fieldChanges,
  NO_AUDIT_FILTERS,
  recordHref,
} from "./audit-query";
import { settingsNav, settingsNavStyles } from "./settings-tabs";

/** An id or action that may wrap after its dots and underscores (long ones would widen the table on phones). */
const breakable = (text: string) => text.split(/(?<=[._])/).map((part) => html`${part}<wbr />`);

type AuditEntry = components["schemas"]["AuditLogEntry"];

/** The first changed fields as "field: before → after" (values cut short; the rest counted). */
function changesCell(entry: AuditEntry) {
  const changes = fieldChanges(entry.before, entry.after);
  if (changes.length === 0) return html`<span class="muted">—</span>`;
  const cut = (text: string) => (text.length > 32 ? `${text.slice(0, 31)}…` : text);
  const first = changes
    .slice(0, 3)
    .map(
      (change) => html`<code>${breakable(change.field)}</code>: <span class="muted">${cut(change.from)}</span> → ${cut(change.to)}<br />`,
    );
  return html`${first}${changes.length > 3 ? html`<span class="muted">and ${changes.length - 3} more</span>` : null}`;
}
type Member = components["schemas"]["Member"];

/**
 * Settings › Audit log: who changed what in this mode, newest first, with a link to the record
 * when the admin has a page for it. Filters (action, person, record, dates) live in the address;
 * pages by cursor.
 *
 * @tagname billing-admin-audit-log
 */
export class AdminAuditLog extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    filters: { state: true },
    members: { state: true },
    filtersOpen: { state: true },
  };
  declare filters: AuditFilters;
  /** The organisation's people, to show e-mails instead of user ids (ids when they cannot be loaded). */
  declare members: Member[];
  declare filtersOpen: boolean;
  #load: LoadPage<AuditEntry> | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    listStyles,
    settingsNavStyles,
    css`
      .filters .field.action {
        flex: 2 1 180px;
      }
    `,
  ];

  constructor() {
    super();
    this.filters = auditFiltersFrom(readQuery());
    this.members = [];
    this.filtersOpen = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#load = this.#loader(this.filters);
    call(this.signedIn.api.GET("/v1/members")).then(
      (list) => (this.members = list.data),
      // Names are a convenience: without them the log shows user ids.
      () => undefined,
    );
  }

  #loader(filters: AuditFilters): LoadPage<AuditEntry> {
    const query = auditApiQuery(filters);
    return (page) => call(this.signedIn.api.GET("/v1/audit_log", { params: { query: { ...query, ...page } } }));
  }

  #apply(filters: AuditFilters): void {
    this.filters = filters;
    this.#load = this.#loader(filters);
    writeQuery({ ...filters });
  }

  #change(key: keyof AuditFilters, value: string): void {
    this.#apply({ ...this.filters, [key]: value });
  }

  #who(actor: AuditEntry["actor"]) {
    if (actor.type === "system") return html`BillingOS <span class="muted">(automatic)</span>`;
    if (actor.type === "api_key") return html`API key <code>${breakable(actor.id)}</code>`;
    const member = this.members.find((m) => m.user_id === actor.id);
    return member ? (member.name ?? member.email) : html`<code>${breakable(actor.id)}</code>`;
  }

  /** The day, and the time under it (one short line each, so the column stays narrow). */
  #when(seconds: number) {
    const time = new Intl.DateTimeFormat(this.resolvedLocale, { timeStyle: "short" }).format(new Date(seconds * 1000));
    return html`${this.formatDate(seconds)}<br /><span class="muted">${time}</span>`;
  }

  #record(target: AuditEntry["target"]) {
    const href = recordHref(
      target,
      adminPages.map((page) => page.path),
    );
    const id = html`<code>${breakable(target.id)}</code>`;
    return html`${actionInWords(target.type)}<br />${href ? html`<a href=${href}>${id}</a>` : id}`;
  }

  /** A new list when the members arrive, so the table shows their names. */
  #columns = (): Column<AuditEntry>[] => [
    { label: "What", cell: (e) => html`${actionInWords(e.action)}<br /><code class="muted">${breakable(e.action)}</code>` },
    { label: "Who", cell: (e) => this.#who(e.actor) },
    { label: "Record", cell: (e) => this.#record(e.target), secondary: true },
    { label: "Changes", cell: (e) => changesCell(e), secondary: true },
    { label: "When", cell: (e) => this.#when(e.created), align: "end" },
  ];

  #filtersBar() {
    const f = this.filters;
    const text = (key: "action" | "record", label: string, placeholder: string) =>
      html`<div class=${`field ${key}`}><label for=${`filter-${key}`}>${label}</label>
        <input id=${`filter-${key}`} type="search" placeholder=${placeholder} .value=${f[key]}
          @change=${(e: Event) => this.#change(key, (e.target as HTMLInputElement).value)} /></div>`;
    const date = (key: "from" | "to", label: string) =>
      html`<div class="field date"><label for=${`filter-${key}`}>${label}</label>
        <input id=${`filter-${key}`} type="date" .value=${f[key]} @change=${(e: Event) => this.#change(key, (e.target as HTMLInputElement).value)} /></div>`;
    const people = [{ value: "", label: "Anyone" }, ...this.members.map((m) => ({ value: m.user_id, label: m.name ?? m.email }))];
    // A person from the address who is not (or no longer) a member still shows as chosen.
    if (f.actor && !people.some((p) => p.value === f.actor)) people.push({ value: f.actor, label: f.actor });
    return html`<div class=${`filters ${this.filtersOpen ? "open" : ""}`} role="search" aria-label="Filter the audit log">
      ${text("action", "Action", "e.g. product.updated")}
      <button class="button filters-toggle" type="button" aria-expanded=${this.filtersOpen ? "true" : "false"}
        aria-controls="more-filters" @click=${() => (this.filtersOpen = !this.filtersOpen)}>Filters</button>
      <div class="more" id="more-filters">
        <div class="field"><label for="filter-actor">Who</label>
          <select id="filter-actor" @change=${(e: Event) => this.#change("actor", (e.target as HTMLSelectElement).value)}>
            ${people.map((p) => html`<option value=${p.value} ?selected=${p.value === f.actor}>${p.label}</option>`)}
          </select></div>
        ${text("record", "Record id", "e.g. cus_…")}
        ${date("from", "From")} ${date("to", "To")}
      </div>
      ${
        this.#filtered()
          ? html`<button class="button quiet reset" type="button" @click=${() => this.#apply({ ...NO_AUDIT_FILTERS })}>Clear</button>`
          : null
      }
    </div>`;
  }

  #filtered(): boolean {
    return JSON.stringify(this.filters) !== JSON.stringify(NO_AUDIT_FILTERS);
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Audit log"
        description="Every change made by your team, your API keys and BillingOS, in ${this.signedIn.mode} mode."></billing-admin-page-header>
      ${settingsNav("settings/audit-log")}
      ${this.#filtersBar()}
      <billing-admin-table label="Audit log" .columns=${this.#columns()} .load=${this.#load}
        empty-text=${this.#filtered() ? "No entry matches these filters." : "No changes yet. Changes to your settings, catalogue and customers appear here."}>
      </billing-admin-table>`;
  }
}
