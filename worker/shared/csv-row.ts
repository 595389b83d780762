/** A cell as the CSV exports receive it: text, a number, a yes/no, or empty. */
export type CsvValue = string | number | boolean | null;

/** Text a spreadsheet would run as a formula (=, +, -, @) or that smuggles one after a tab or CR (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180: quoted (quotes doubled) when it holds a comma, a quote, CR or LF. Text that
 * starts like a formula gets a leading `'`, so Excel, Sheets and Numbers show it as text instead
 * of evaluating it; numbers are written as numbers (a negative amount stays a number).
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated as RFC 4180 says. */
export const csvRow = (cells: readonly CsvValue[]) => `${cells.map(csvCell).join(",")}\r\n`;
