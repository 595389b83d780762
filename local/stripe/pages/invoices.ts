import type Stripe from "stripe";
import { money } from "../billing/invoice-builder";
import { layout } from "./layout";
import { escapeHtml, type PageContext, type PageRoute, sendHtml } from "./page-router";
import { textPdf } from "./pdf";

function findInvoice(ctx: PageContext): Stripe.Invoice | undefined {
  for (const scope of ctx.core.store.scopes()) {
    const invoice = ctx.core.store.get<Stripe.Invoice>(scope, "invoices", ctx.args[0] ?? "");
    // Only finalized invoices have public pages, as at Stripe.
    if (invoice && invoice.status !== "draft") return invoice;
  }
  return undefined;
}

const day = (at: number | null) => (at ? new Date(at * 1000).toISOString().slice(0, 10) : "");

/** Stripe-hosted invoice pages, locally: `hosted_invoice_url` (HTML) and `invoice_pdf` (a real PDF). */
export const invoicePageRoutes: PageRoute[] = [
  {
    method: "GET",
    path: "/_emulator/invoices/:id",
    async handle(ctx) {
      const invoice = findInvoice(ctx);
      if (!invoice) return sendHtml(ctx, 404, layout("Invoice", "<h1>Invoice not found</h1>"));
      const rows = invoice.lines.data
        .map((line) => `<tr><td>${escapeHtml(line.description)}</td><td>${escapeHtml(money(line.amount, line.currency))}</td></tr>`)
        .join("");
      const body = `<h1>Invoice ${escapeHtml(invoice.number)}</h1>
<p data-status="${escapeHtml(invoice.status)}">Status: ${escapeHtml(invoice.status)} · Issued ${escapeHtml(day(invoice.status_transitions.finalized_at))}</p>
<p>Billed to ${escapeHtml(invoice.customer_name ?? invoice.customer_email ?? invoice.customer)}</p>
<table><tr><th>Description</th><th>Amount</th></tr>${rows}
<tr><th>Subtotal</th><td>${escapeHtml(money(invoice.subtotal, invoice.currency))}</td></tr>
<tr><th>Total</th><td>${escapeHtml(money(invoice.total, invoice.currency))}</td></tr>
<tr><th>Amount due</th><td>${escapeHtml(money(invoice.amount_remaining, invoice.currency))}</td></tr></table>
<p><a href="${escapeHtml(invoice.invoice_pdf)}">Download PDF</a></p>`;
      sendHtml(ctx, 200, layout(`Invoice ${invoice.number ?? ""}`, body));
    },
  },
  {
    method: "GET",
    path: "/_emulator/invoices/:id/pdf",
    async handle(ctx) {
      const invoice = findInvoice(ctx);
      if (!invoice) return sendHtml(ctx, 404, layout("Invoice", "<h1>Invoice not found</h1>"));
      const pdf = textPdf([
        { text: `Invoice ${invoice.number ?? invoice.id}`, size: 18 },
        { text: `Status: ${invoice.status}   Issued: ${day(invoice.status_transitions.finalized_at)}` },
        { text: `Billed to: ${invoice.customer_name ?? invoice.customer_email ?? String(invoice.customer)}` },
        { text: " " },
        ...invoice.lines.data.map((line) => ({ text: `${line.description ?? ""}   ${money(line.amount, line.currency)}` })),
        { text: " " },
        { text: `Subtotal: ${money(invoice.subtotal, invoice.currency)}` },
        { text: `Total: ${money(invoice.total, invoice.currency)}`, size: 13 },
        { text: `Amount paid: ${money(invoice.amount_paid, invoice.currency)}` },
      ]);
      ctx.response.writeHead(200, {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${invoice.number ?? invoice.id}.pdf"`,
        "content-length": pdf.length,
      });
      ctx.response.end(pdf);
    },
  },
];
