import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../shared/env";
import { randomId } from "../../shared/ids";

const CLIENT_REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Echoes a well-formed incoming `Request-Id` (so a merchant can trace a call end to end) or mints one. */
export const requestId = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const incoming = c.req.header("Request-Id");
  const id = incoming && CLIENT_REQUEST_ID.test(incoming) ? incoming : randomId("req");
  c.set("requestId", id);
  await next();
  // On the response itself: `c.header()` after the response exists copies the whole Response first.
  c.res.headers.set("Request-Id", id);
};
