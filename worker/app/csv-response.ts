import type { Context } from "hono";
import type { Sql } from "postgres";
import { connect } from "../db/client";
import type { AppEnv } from "../shared/env";

/** Whether the client asked for CSV (`Accept: text/csv`, possibly among others) rather than JSON. */
export const wantsCsv = (accept: string | undefined) => Boolean(accept && /(^|,)\s*text\/csv\b/i.test(accept));

/**
 * A CSV download streamed as `produce` writes it. The request's own database client is closed
 * when the handler returns, before the body has been sent, so the stream reads through a client
 * of its own, ended with the stream. A failure midway aborts the body (the client sees a broken
 * download, never a file that looks complete) and is logged.
 */
export function csvResponse(
  c: Context<AppEnv>,
  filename: string,
  produce: (sql: Sql, write: (chunk: string) => Promise<void>) => Promise<void>,
): Response {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  const sql = connect(c.env.HYPERDRIVE.connectionString);
  const done = produce(sql, (chunk) => writer.write(encoder.encode(chunk)))
    .then(() => writer.close())
    .catch(async (error: unknown) => {
      c.var.logger.error("csv export failed", { error: String(error) });
      await writer.abort(error).catch(() => {});
    })
    .finally(() => sql.end({ timeout: 5 }));
  c.executionCtx.waitUntil(done);
  return new Response(readable, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
