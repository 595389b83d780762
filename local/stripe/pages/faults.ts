import type { PageRoute } from "./page-router";
import { readJson, sendJson } from "./page-router";

/**
 * `/_emulator/faults`: make the next matching API requests fail (see http/faults.ts).
 * `POST {method, path, account?, status, when, times}` adds one; `GET` lists them; `DELETE
 * ?account=` removes an account's (or all).
 */
export const faultRoutes: PageRoute[] = [
  {
    method: "POST",
    path: "/_emulator/faults",
    async handle(ctx) {
      try {
        sendJson(ctx, 200, ctx.core.faults.add(await readJson(ctx)));
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        sendJson(ctx, 400, { error: { type: "invalid_request_error", message: error.message } });
      }
    },
  },
  {
    method: "GET",
    path: "/_emulator/faults",
    async handle(ctx) {
      sendJson(ctx, 200, { faults: ctx.core.faults.all() });
    },
  },
  {
    method: "DELETE",
    path: "/_emulator/faults",
    async handle(ctx) {
      ctx.core.faults.clear(ctx.url.searchParams.get("account") ?? undefined);
      sendJson(ctx, 200, { faults: ctx.core.faults.all() });
    },
  },
];
