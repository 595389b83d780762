import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { currentPricing } from "../../domain/catalogue/pricing-cache";
import type { AppEnv } from "../../shared/env";
import type * as routes from "./pricing.routes";

/**
 * Browsers may keep the table a few seconds, then must revalidate (cheap with the ETag). `private`
 * because the publishable key travels in a header: a shared cache keyed by URL alone would mix
 * organisations.
 */
const CACHE_CONTROL = "private, max-age=5, must-revalidate";

export const get: RouteHandler<typeof routes.getPricing, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const { document, etag } = await currentPricing(c.var.db(), tenant);
  // The merchant's people name the organisation and mode in headers (a publishable key implies both).
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Authorization, BillingOS-Organization, BillingOS-Mode" };
  // A 304 has no body, which the typed responses cannot express.
  if (matches(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers) as never;
  return c.json(document, 200, headers);
};

/** If-None-Match may list several tags, weak ones (W/"…") included, or `*`. */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}
