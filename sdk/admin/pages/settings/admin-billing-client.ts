import { BillingClient } from "../../../client/client";
import type { components } from "../../../client/openapi";
import { call } from "../../session/admin-api";
import type { AdminSession } from "../../session/admin-session";

export type PlatformBillingSession = components["schemas"]["PlatformBillingSession"];

/**
 * A `BillingClient` for the organisation's own BillingOS plan: BillingOS bills its merchants with
 * BillingOS, so the client acts on the platform organisation, with the platform's publishable key
 * (its pricing table) and a customer session there standing for this organisation, both from
 * `POST /v1/organization/billing_session` (owners and admins). The first session is used as minted;
 * the client asks for a new one before it expires. Never one of the merchant's own keys.
 */
export async function platformBillingClient(session: AdminSession): Promise<{ client: BillingClient; billing: PlatformBillingSession }> {
  const mint = () => call(session.api.POST("/v1/organization/billing_session", { body: {} }));
  const billing = await mint();
  let first: PlatformBillingSession | undefined = billing;
  const client = new BillingClient({
    publishableKey: billing.platform.publishable_key,
    apiBase: globalThis.location.origin,
    fetchSession: async () => {
      const minted = first ?? (await mint());
      first = undefined;
      return { token: minted.token, expires_at: minted.expires_at };
    },
  });
  return { client, billing };
}
