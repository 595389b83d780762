import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../shared/env";
import { validationHook } from "./validation";

/** A resource router, typed loosely: we do not use Hono's RPC types and they grow too large to check. */
export type Router = OpenAPIHono<AppEnv>;

/** A router for one resource, sharing the app's validation hook. */
export function createRouter(): Router {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
