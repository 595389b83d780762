import type { Sql } from "postgres";
import { withTenant } from "../../db/tenant";
import { type PricingDocument, pricingDocument } from "./pricing";

interface CachedPricing {
  revision: string;
  document: PricingDocument;
  etag: string;
}

/** Enough organisations for one isolate; the oldest entry goes first when full. */
const MAX_ENTRIES = 500;

/**
 * Pricing documents kept in the isolate, per organisation and mode, with the catalogue revision
 * they were built at. Every request reads the current revision (one statement outside any
 * transaction), so a change is visible on the next request; only a changed catalogue pays for the
 * transaction and the five queries that build the document.
 */
const cache = new Map<string, CachedPricing>();

export async function currentPricing(sql: Sql, tenant: { orgId: string; livemode: boolean }): Promise<CachedPricing> {
  const key = `${tenant.orgId}:${tenant.livemode}`;
  const [row] = await sql<{ revision: string }[]>`select tenant.catalogue_revision(${tenant.orgId}, ${tenant.livemode}) as revision`;
  const revision = row?.revision ?? "0";
  const hit = cache.get(key);
  if (hit && hit.revision === revision) return hit;
  // Read after the revision: the document is at least as new as the revision it is filed under.
  const document = await withTenant(sql, tenant, (tx) => pricingDocument(tx, tenant.livemode));
  const entry = { revision, document, etag: await entityTag(JSON.stringify(document)) };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return entry;
}

export async function entityTag(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body)));
  const base64url = btoa(String.fromCharCode(...digest.slice(0, 18)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
  return `"${base64url}"`;
}
