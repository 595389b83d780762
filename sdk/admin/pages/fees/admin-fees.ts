import { css, html, nothing } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, LoadPage } from "../../elements/admin-table/admin-table";
import { PageLoad } from "../../elements/page-load";
import { saveFile } from "../../elements/save-file";
import { sectionStyles } from "../../elements/sections.styles";
import { call, errorMessage } from "../../session/admin-api";

type MonthRow = components["schemas"]["MonthlyFees"]["data"][number];
type LedgerEntry = components["schemas"]["FeeLedgerEntry"];

/** The current calendar month in UTC, YYYY-MM (the API's months are UTC). */
const currentMonth = () => new Date().toISOString().slice(0, 7);

/**
 * Fees: what BillingOS took this month and each month (per currency: amounts in different
 * currencies are never added up), the monthly statements as CSV and PDF, and the fee ledger (one
 * row per payment).
 *
 * @tagname billing-admin-fees
 */
export class AdminFees extends AdminElement {
  static override properties = { ...AdminElement.properties, downloadError: { state: true } };
  declare downloadError: string | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    sectionStyles,
    css`
      section.card {
        overflow-x: auto;
      }
      .metrics {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
        gap: 16px;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 8px;
        text-align: end;
        border-bottom: 1px solid var(--_color-border);
        white-space: nowrap;
      }
      th:first-child,
      td:first-child {
        text-align: start;
      }
      th {
        font-size: 0.8125rem;
        color: var(--_color-text-muted);
        font-weight: 500;
      }
      @media (max-width: 560px) {
        .wide {
          display: none;
        }
      }
    `,
  ];

  readonly #monthly = new PageLoad(
    this,
    async () => (await call(this.signedIn.api.GET("/v1/fees/monthly", { params: { query: { months: 12 } } }))).data,
  );

  readonly #ledgerColumns: Column<LedgerEntry>[] = [
    { label: "Date", cell: (entry) => this.formatDate(entry.created) },
    { label: "Invoice", cell: (entry) => html`<code>${entry.invoice ?? entry.payment_intent ?? "—"}</code>`, secondary: true },
    { label: "Charged", cell: (entry) => this.formatMoney(entry.gross, entry.currency, entry.currency_exponent), align: "end" },
    { label: "Fee", cell: (entry) => this.formatMoney(entry.fee, entry.currency, entry.currency_exponent), align: "end" },
    {
      label: "Refunded",
      cell: (entry) => this.formatMoney(entry.refunded, entry.currency, entry.currency_exponent),
      align: "end",
      secondary: true,
    },
    {
      label: "Fee returned",
      cell: (entry) => this.formatMoney(entry.fee_returned, entry.currency, entry.currency_exponent),
      align: "end",
      secondary: true,
    },
  ];

  readonly #loadLedger: LoadPage<LedgerEntry> = async (page) => call(this.signedIn.api.GET("/v1/fees/ledger", { params: { query: page } }));

  /** Downloads a statement through the API (it needs the session's headers, so a plain link cannot). */
  async #download(month: string, format: "csv" | "pdf") {
    try {
      const blob = await call(
        this.signedIn.api.GET("/v1/fees/statements/{month}", { params: { path: { month }, query: { format } }, parseAs: "blob" }),
      );
      saveFile(blob as Blob, `billingos-fees-${month}.${format}`, this.renderRoot);
      this.downloadError = undefined;
    } catch (error) {
      this.downloadError = errorMessage(error);
    }
  }

  #money(row: MonthRow, amount: number) {
    return this.formatMoney(amount, row.currency, row.currency_exponent);
  }

  #thisMonth(rows: MonthRow[]) {
    const month = currentMonth();
    const current = rows.filter((row) => row.month === month);
    if (!current.length) return html`<p class="muted">No payment this month yet.</p>`;
    return html`<div class="metrics">
      ${current.map(
        (
          row,
        ) => html`<billing-admin-metric label=${`Fees this month (${row.currency.toUpperCase()})`} value=${this.#money(row, row.fee_income)}></billing-admin-metric>
          <billing-admin-metric label=${`Charged this month (${row.currency.toUpperCase()})`} value=${this.#money(row, row.gross)}></billing-admin-metric>`,
      )}
    </div>`;
  }

  #months(rows: MonthRow[]) {
    if (!rows.length) return html`<p class="muted">No fees yet: they start with your first payment.</p>`;
    return html`<table>
      <caption class="sr-only">Fees per month</caption>
      <thead><tr><th scope="col">Month</th><th scope="col" class="wide">Payments</th><th scope="col">Charged</th><th scope="col">Fees</th>
        <th scope="col" class="wide">Fees returned</th><th scope="col">Statement</th></tr></thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <td>${row.month} <span class="muted">${row.currency.toUpperCase()}</span></td>
            <td class="wide">${this.formatNumber(row.invoices)}</td>
            <td>${this.#money(row, row.gross)}</td>
            <td>${this.#money(row, row.fee)}</td>
            <td class="wide">${this.#money(row, row.fee_returned)}</td>
            <td>
              <button class="button quiet" type="button" aria-label=${`CSV statement of ${row.month}`} @click=${() => this.#download(row.month, "csv")}>CSV</button>
              <button class="button quiet" type="button" aria-label=${`PDF statement of ${row.month}`} @click=${() => this.#download(row.month, "pdf")}>PDF</button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Fees" description="What BillingOS charged on your payments, per month and per payment."></billing-admin-page-header>
      <div class="stack">
        ${this.downloadError ? html`<p class="alert" role="alert">${this.downloadError}</p>` : nothing}
        ${this.#monthly.render({
          loading: "Loading fees…",
          card: true,
          complete: (
            rows,
          ) => html`<section class="card" aria-labelledby="month-heading"><h2 id="month-heading">This month</h2>${this.#thisMonth(rows)}</section>
            <section class="card" aria-labelledby="months-heading"><h2 id="months-heading">Per month</h2>${this.#months(rows)}</section>`,
        })}
        <section class="card" aria-labelledby="ledger-heading">
          <h2 id="ledger-heading">Fee ledger</h2>
          <billing-admin-table label="Fee ledger" .columns=${this.#ledgerColumns} .load=${this.#loadLedger} empty-text="No payment yet."></billing-admin-table>
        </section>
      </div>`;
  }
}
