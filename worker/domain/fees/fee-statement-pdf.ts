import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import type { FeeLedgerEntry } from "./fee-ledger";
import { formatMinor } from "./statement-format";

/** The PDF lists this many payments at most; beyond it, it says so and points at the CSV, which lists all. */
export const PDF_MAX_LINES = 1000;

export interface StatementTotals {
  currency: string;
  payments: number;
  gross: number;
  fee: number;
  net: number;
  refunded: number;
  fee_returned: number;
}

export interface StatementInput {
  organization: { id: string; name: string };
  livemode: boolean;
  month: string;
  totals: StatementTotals[];
  lines: FeeLedgerEntry[];
  /** All payments of the month (lines may stop at PDF_MAX_LINES). */
  payments: number;
  generated: Date;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const LINE = 14;
const GREY = rgb(0.4, 0.4, 0.4);

/** Text a standard PDF font can draw (WinAnsi): anything else in a merchant-supplied name becomes "?". */
const printable = (text: string) => text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, "?");

/**
 * The monthly fee statement as a PDF (pdf-lib: plain JavaScript, runs in Workers): the organisation,
 * the month, the totals per currency and one line per payment, amounts formatted from integer minor
 * units with each currency's exponent and its ISO code.
 */
export async function feeStatementPdf(input: StatementInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`BillingOS fee statement ${input.month}`);
  doc.setSubject(`${printable(input.organization.name)} (${input.organization.id})`);
  doc.setProducer("BillingOS");
  doc.setCreationDate(input.generated);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const writer = new Writer(doc, font);

  writer.text(`BillingOS fee statement - ${input.month}`, { font: bold, size: 16 });
  writer.text(`${printable(input.organization.name)} (${input.organization.id})${input.livemode ? "" : " - test mode"}`);
  writer.text(`Payments made in ${input.month} (UTC); refunds of them count here whenever they were made.`, { color: GREY });
  writer.text(`Generated ${input.generated.toISOString().replace(/\.\d+Z$/, "Z")}`, { color: GREY });
  writer.gap();

  writer.text("Totals", { font: bold, size: 12 });
  const totalColumns = [MARGIN, MARGIN + 50, MARGIN + 110, MARGIN + 200, MARGIN + 280, MARGIN + 360, MARGIN + 440];
  writer.row(totalColumns, ["Currency", "Payments", "Gross", "Fees", "Refunded", "Fees returned", "Fee income"], bold);
  if (input.totals.length === 0) writer.text("No payments this month.", { color: GREY });
  for (const total of input.totals) {
    const money = (amount: number) => formatMinor(amount, total.currency);
    writer.row(totalColumns, [
      total.currency.toUpperCase(),
      String(total.payments),
      money(total.gross),
      money(total.fee),
      money(total.refunded),
      money(total.fee_returned),
      money(total.fee - total.fee_returned),
    ]);
  }
  writer.gap();

  writer.text("Payments", { font: bold, size: 12 });
  const lineColumns = [MARGIN, MARGIN + 70, MARGIN + 230, MARGIN + 270, MARGIN + 340, MARGIN + 400, MARGIN + 460];
  const header = ["Date", "Invoice or payment", "Curr.", "Gross", "Fee", "Refunded", "Fee returned"];
  writer.row(lineColumns, header, bold);
  for (const line of input.lines) {
    const money = (amount: number) => formatMinor(amount, line.currency);
    const date = new Date(line.created * 1000).toISOString().slice(0, 10);
    const source = line.invoice ?? line.payment_intent ?? "";
    const cells = [
      date,
      source,
      line.currency.toUpperCase(),
      money(line.gross),
      money(line.fee),
      money(line.refunded),
      money(line.fee_returned),
    ];
    writer.row(lineColumns, cells, font, { cells: header, font: bold });
  }
  if (input.payments > input.lines.length)
    writer.text(`The first ${input.lines.length} of ${input.payments} payments are listed; the CSV statement lists every one.`, {
      color: GREY,
    });
  return doc.save();
}

/** Writes lines top to bottom, starting a new page when one is full. */
class Writer {
  #page: PDFPage;
  #y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.#page = doc.addPage(A4);
    this.#y = A4[1] - MARGIN;
  }

  /** Moves down one line; true when that started a new page. */
  #advance(height = LINE): boolean {
    this.#y -= height;
    if (this.#y >= MARGIN) return false;
    this.#page = this.doc.addPage(A4);
    this.#y = A4[1] - MARGIN - height;
    return true;
  }

  text(text: string, options: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb> } = {}) {
    const size = options.size ?? 9;
    this.#advance(size + 5);
    this.#page.drawText(text, { x: MARGIN, y: this.#y, size, font: options.font ?? this.font, color: options.color ?? rgb(0, 0, 0) });
  }

  /** One row of cells at the given x positions; on a new page, `header` is repeated above it. */
  row(columns: number[], cells: string[], font = this.font, header?: { cells: string[]; font: PDFFont }) {
    if (this.#advance() && header) {
      this.#draw(columns, header.cells, header.font);
      this.#advance();
    }
    this.#draw(columns, cells, font);
  }

  #draw(columns: number[], cells: string[], font: PDFFont) {
    cells.forEach((cell, index) => {
      this.#page.drawText(cell, { x: columns[index] as number, y: this.#y, size: 8, font });
    });
  }

  gap() {
    this.#y -= LINE / 2;
  }
}
