import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import { statusesOf } from "../shared/error-codes";
import { declaredErrors } from "../shared/error-schema";
import type { ApiError } from "../shared/errors";

/** `/v1/customers/:id` (Hono) → `/v1/customers/{id}` (OpenAPI, as routes declare it). */
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

/**
 * Why `error` breaks the contract, or undefined: its code must come with one of the statuses the
 * registry gives it, and the operation that answered (the matched route that is not middleware)
 * must have declared it. Requests no operation matched (404 route_not_found, 405) are checked
 * against the registry only. The app logs a violation; under the tests it fails the request.
 */
export function undeclaredError(c: Context, error: ApiError): string | undefined {
  if (!statusesOf(error.code).has(error.status)) return `${error.code} is not answered with ${error.status} (shared/error-codes.ts)`;
  for (const route of matchedRoutes(c)) {
    if (route.method === "ALL") continue;
    const operation = `${route.method} ${openApiPath(route.path)}`;
    const declared = declaredErrors.get(operation);
    if (declared && !declared.has(error.code)) return `${operation} returned ${error.code} without declaring it`;
  }
  return undefined;
}
