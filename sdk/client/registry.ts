import { BillingClient, type BillingClientOptions, DEFAULT_API_BASE } from "./client";

const clients = new Map<string, BillingClient>();

/**
 * One client per publishable key and API origin for the whole page, so two providers (or a provider
 * and your own code) share stores and fetches. A `fetchSession` given here replaces the previous one.
 */
export function sharedClient(options: BillingClientOptions): BillingClient {
  if (options.fetch) return new BillingClient(options);
  const key = `${options.publishableKey} ${(options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, "")}`;
  let client = clients.get(key);
  if (!client) {
    client = new BillingClient(options);
    clients.set(key, client);
  } else if (options.fetchSession) {
    client.fetchSession = options.fetchSession;
  }
  return client;
}
