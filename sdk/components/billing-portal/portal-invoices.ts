import { html, nothing } from "lit";
import type { Loadable } from "../../client/loadable";
import type { Invoice, PaymentMethod } from "./portal-api";
import { cardName } from "./portal-cards";
import { actionButton, loadable, type PortalView, section } from "./portal-view";

export interface PayDialog {
  kind: "pay";
  invoice: Invoice;
  method: string | undefined;
  error?: string;
}

/** Stripe's hosted pages only: a link is shown when it is an https URL (never `javascript:` or the like). */
const safeUrl = (url: string | null) => (url && /^https:\/\//i.test(url) ? url : undefined);

export function invoicesSection(view: PortalView, state: Loadable<Invoice[]>, h: { retry: () => void; pay: (invoice: Invoice) => void }) {
  const { text } = view;
  const body = loadable(
    view,
    state,
    h.retry,
    (invoices) => (invoices.length ? undefined : text.noInvoices),
    (invoices) => html`<table>
      <thead><tr><th scope="col">${text.invoiceDate}</th><th scope="col">${text.invoiceAmount}</th>
        <th scope="col">${text.invoiceStatusTitle}</th><th scope="col"><span class="visually-hidden">${text.invoiceLinks}</span></th></tr></thead>
      <tbody>${invoices.map((invoice) => invoiceRow(view, invoice, h.pay))}</tbody>
    </table>`,
  );
  return section("invoices", text.invoices, body);
}

function invoiceRow(view: PortalView, invoice: Invoice, pay: (invoice: Invoice) => void) {
  const { text } = view;
  const hosted = safeUrl(invoice.hosted_invoice_url);
  const pdf = safeUrl(invoice.invoice_pdf);
  const open = invoice.status === "open";
  const date = view.date(invoice.created);
  return html`<tr part="invoice" data-invoice=${invoice.id}>
    <td>${date}</td>
    <td>${view.money(open ? invoice.amount_due : invoice.amount_paid || invoice.amount_due, invoice.currency, invoice.currency_exponent)}</td>
    <td><span class="badge ${open ? "bad" : invoice.status === "paid" ? "good" : "muted"}">${text.invoiceStatus(invoice.status)}</span></td>
    <td><span class="links">
      ${open ? actionButton(view, `pay:${invoice.id}`, text.pay, () => pay(invoice), "button primary") : nothing}
      ${hosted ? html`<a class="link" href=${hosted} target="_blank" rel="noopener noreferrer">${text.viewInvoice}<span class="visually-hidden"> ${date} ${text.opensInNewTab}</span></a>` : nothing}
      ${pdf ? html`<a class="link hide-narrow" href=${pdf} target="_blank" rel="noopener noreferrer">${text.downloadPdf}<span class="visually-hidden"> ${date} ${text.opensInNewTab}</span></a>` : nothing}
    </span></td>
  </tr>`;
}

/** Pay an open invoice with one of the customer's cards (another than the one that was declined, if they like). */
export function payDialog(
  view: PortalView,
  state: PayDialog,
  cards: PaymentMethod[],
  h: { choose: (id: string) => void; confirm: () => void; close: () => void },
) {
  const { text } = view;
  const amount = view.money(state.invoice.amount_due, state.invoice.currency, state.invoice.currency_exponent);
  return html`<form class="dialog-form" @submit=${(event: Event) => {
    event.preventDefault();
    h.confirm();
  }}>
    ${
      cards.length
        ? html`<fieldset class="choices"><legend>${text.payWith}</legend>${cards.map(
            (card) => html`<label class="choice"><input type="radio" name="method" .value=${card.id} .checked=${state.method === card.id}
              @change=${() => h.choose(card.id)} /><span class="choice-name">${cardName(view, card)}</span>
              ${card.default ? html`<span class="tag">${text.default}</span>` : nothing}</label>`,
          )}</fieldset>`
        : html`<p class="hint">${text.addCardFirst}</p>`
    }
    <p class="error" role="alert">${state.error ?? ""}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${h.close}>${text.close}</button>
      <button type="submit" class="button primary" data-action="confirm-pay" ?disabled=${!state.method || view.busy !== undefined}
        aria-busy=${view.busy === "pay" ? "true" : "false"}>${view.busy === "pay" ? text.working : text.payNow(amount)}</button>
    </div>
  </form>`;
}
