export interface PricingTableMessages {
  region: string;
  billingPeriod: string;
  interval: Record<"day" | "week" | "month" | "year", string>;
  perInterval: Record<"day" | "week" | "month" | "year", string>;
  everyN: (count: number, interval: "day" | "week" | "month" | "year") => string;
  oneTime: string;
  saveUpTo: (percent: number) => string;
  savePerYear: (amount: string) => string;
  currency: string;
  popular: string;
  currentPlan: string;
  free: string;
  trial: (days: number) => string;
  trialNoCard: string;
  choose: string;
  startTrial: (days: number) => string;
  buyOnce: string;
  switchPlan: string;
  seats: string;
  fewerSeats: string;
  moreSeats: string;
  perSeat: string;
  totalFor: (count: number, seats: string, total: string) => string;
  unlimited: string;
  included: string;
  notIncluded: string;
  limit: (amount: string, name: string) => string;
  unlimitedFeature: (name: string) => string;
  quota: (amount: string, name: string) => string;
  overage: (price: string, unit: string) => string;
  compare: string;
  hideComparison: string;
  feature: string;
  loading: string;
  empty: string;
  error: string;
  networkError: string;
  retry: string;
  checkout: string;
}

/** English, in every script; other languages load on demand (see locales/). */
export const en: PricingTableMessages = {
  region: "Pricing plans",
  billingPeriod: "Billing period",
  interval: { day: "Daily", week: "Weekly", month: "Monthly", year: "Yearly" },
  perInterval: { day: "/ day", week: "/ week", month: "/ month", year: "/ year" },
  everyN: (count, interval) => `every ${count} ${interval}s`,
  oneTime: "one-time",
  saveUpTo: (percent) => `Save up to ${percent}%`,
  savePerYear: (amount) => `Save ${amount} a year`,
  currency: "Currency",
  popular: "Most popular",
  currentPlan: "Current plan",
  free: "Free",
  trial: (days) => `${days}-day free trial`,
  trialNoCard: "No card required",
  choose: "Get started",
  startTrial: (days) => `Start ${days}-day trial`,
  buyOnce: "Buy now",
  switchPlan: "Switch to this plan",
  seats: "Seats",
  fewerSeats: "Fewer seats",
  moreSeats: "More seats",
  perSeat: "per seat",
  totalFor: (count, seats, total) => `${total} for ${seats} ${count === 1 ? "seat" : "seats"}`,
  unlimited: "Unlimited",
  included: "Included",
  notIncluded: "Not included",
  limit: (amount, name) => `${amount} ${name}`,
  unlimitedFeature: (name) => `Unlimited ${name}`,
  quota: (amount, name) => `${amount} ${name} included`,
  overage: (price, unit) => `then ${price} per ${unit}`,
  compare: "Compare all features",
  hideComparison: "Hide comparison",
  feature: "Feature",
  loading: "Loading plans…",
  empty: "No plans are available yet.",
  error: "The plans could not be loaded.",
  networkError: "The plans could not be loaded. Check your connection.",
  retry: "Try again",
  checkout: "Checkout",
};
