import type { CustomerStateDocument } from "../client/entitlement-decision";

/** Subscriptions that still bill (or would, once resumed). */
const LIVE = ["active", "trialing", "past_due", "paused"];

/**
 * Whether the customer's plan is paused: its entitlements stop (unless the merchant keeps access
 * while paused), so a missing feature is "paused", not "not in your plan".
 */
export const hasPausedPlan = (state: CustomerStateDocument): boolean =>
  state.subscriptions.some((sub) => sub.paused && LIVE.includes(sub.status));
