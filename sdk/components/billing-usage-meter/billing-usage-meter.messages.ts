export interface UsageMeterMessages {
  /** "1,234 of 10,000" (numbers already formatted). */
  usedOf: (used: string, limit: string) => string;
  /** aria-valuetext: "1,234 of 10,000 API calls used, 12 %". */
  valueText: (used: string, limit: string, name: string, percent: string) => string;
  usedUnlimited: (used: string) => string;
  unlimited: string;
  included: string;
  resetsOn: (date: string) => string;
  warning: string;
  limitReached: string;
  /** "240 over your quota, $0.02 per call: about $4.80 on your next invoice". */
  overage: (over: string, price: string, unit: string, total: string) => string;
  overageUnpriced: (over: string) => string;
  loading: string;
  /** The feature's name from the catalogue, when the page knows it. */
  notInPlan: (feature: string | undefined) => string;
  /** The customer's plan is paused, which stops its entitlements (unless the merchant keeps access while paused). */
  paused: (feature: string | undefined) => string;
  signedOut: string;
  error: string;
  retry: string;
}

/** English, in every script; other languages load on demand (see locales/). */
export const en: UsageMeterMessages = {
  usedOf: (used, limit) => `${used} of ${limit}`,
  valueText: (used, limit, name, percent) => `${used} of ${limit} ${name} used, ${percent}`,
  usedUnlimited: (used) => `${used} used`,
  unlimited: "Unlimited",
  included: "Included in your plan",
  resetsOn: (date) => `Resets on ${date}`,
  warning: "Almost at your limit",
  limitReached: "Limit reached",
  overage: (over, price, unit, total) => `${over} over your quota at ${price} per ${unit}: about ${total} on your next invoice`,
  overageUnpriced: (over) => `${over} over your quota`,
  loading: "Loading usage…",
  notInPlan: (feature) => (feature ? `${feature} is not part of your plan.` : "This feature is not part of your plan."),
  paused: (feature) => `Your plan is paused: resume it to use ${feature ?? "this feature"} again.`,
  signedOut: "Sign in to see your usage.",
  error: "Usage could not be loaded.",
  retry: "Try again",
};
