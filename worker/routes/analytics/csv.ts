import type { Context } from "hono";
import { type CsvValue, csvCell as sharedCell } from "../../shared/csv-row";
import type { AppEnv } from "../../shared/env";

/** Fields holding Unix seconds, written as ISO 8601 in CSV (what a spreadsheet reads as a date). */
const TIME_FIELDS = new Set(["period_start", "period_end", "cohort"]);
/** Rows per chunk written to the stream. */
const CHUNK = 500;

export const wantsCsv = (c: Context<AppEnv>) => (c.req.header("accept") ?? "").toLowerCase().includes("text/csv");

/** One analytics cell: Unix-second fields as ISO 8601, everything else quoted as every export is (shared/csv-row.ts). */
function csvCell(field: string, value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "number" && TIME_FIELDS.has(field)) return new Date(value * 1000).toISOString();
  return sharedCell(typeof value === "object" && value !== null ? String(value) : (value as CsvValue));
}

/**
 * The rows as a streamed CSV response: the header (`columns`, the row schema's fields in order),
 * then the rows in chunks, so a long series is written as it is read.
 */
export function csvResponse(c: Context<AppEnv>, name: string, columns: string[], rows: Record<string, unknown>[]): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${columns.join(",")}\r\n`));
    },
    pull(controller) {
      const chunk = rows.slice(next, next + CHUNK);
      next += chunk.length;
      if (chunk.length > 0)
        controller.enqueue(
          encoder.encode(chunk.map((row) => `${columns.map((column) => csvCell(column, row[column])).join(",")}\r\n`).join("")),
        );
      if (next >= rows.length) controller.close();
    },
  });
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}.csv"`,
  });
}
