/** Every text <billing-checkout> shows; amounts and dates arrive already formatted by Intl. */
export interface CheckoutMessages {
  summary: string;
  payment: string;
  subtotal: string;
  discount: (code: string) => string;
  dueToday: string;
  trialUntil: (date: string) => string;
  thenEvery: (amount: string, interval: string, date: string) => string;
  renewsEvery: (amount: string, interval: string, date: string) => string;
  oneTime: string;
  billedPer: (interval: string) => string;
  interval: (unit: string, count: number) => string;
  promotionCode: string;
  addPromotionCode: string;
  apply: string;
  remove: string;
  pay: (amount: string) => string;
  startTrial: string;
  confirm: string;
  noCardTrial: (date: string) => string;
  noCardFree: string;
  subscribe: string;
  saveCard: string;
  processing: string;
  secure: string;
  retry: string;
  loading: string;
  complete: string;
  completeDetail: string;
  signIn: string;
  alreadySubscribed: string;
  notReady: string;
  network: string;
  paymentNetwork: string;
  declined: string;
  promotionInvalid: string;
  failed: (code: string) => string;
  stripeUnavailable: string;
  misplaced: string;
  noPrice: string;
}

const UNITS_EN: Record<string, [string, string]> = {
  day: ["day", "days"],
  week: ["week", "weeks"],
  month: ["month", "months"],
  year: ["year", "years"],
};
/** "month" / "3 months" in a catalogue's words. */
export const unit = (units: Record<string, [string, string]>, name: string, count: number) => {
  const [one, many] = units[name] ?? [name, name];
  return count === 1 ? one : `${count} ${many}`;
};

/** English, in every script; other languages load on demand (see locales/). */
export const en: CheckoutMessages = {
  summary: "Order summary",
  payment: "Payment",
  subtotal: "Subtotal",
  discount: (code) => (code ? `Discount (${code})` : "Discount"),
  dueToday: "Due today",
  trialUntil: (date) => `Free trial until ${date}`,
  thenEvery: (amount, interval, date) => `Then ${amount} per ${interval}, from ${date}`,
  renewsEvery: (amount, interval, date) => `Renews at ${amount} per ${interval} on ${date}`,
  oneTime: "One-time payment",
  billedPer: (interval) => `Billed per ${interval}`,
  interval: (name, count) => unit(UNITS_EN, name, count),
  promotionCode: "Promotion code",
  addPromotionCode: "Add promotion code",
  apply: "Apply",
  remove: "Remove",
  pay: (amount) => `Pay ${amount}`,
  startTrial: "Start free trial",
  confirm: "Confirm",
  noCardTrial: (date) => `No card needed today. Add one before ${date} to keep your plan after the trial.`,
  noCardFree: "This plan is free. No card needed.",
  subscribe: "Subscribe",
  saveCard: "Save card and start trial",
  processing: "Processing…",
  secure: "Payments are processed securely by Stripe. Your card details never reach this site.",
  retry: "Try again",
  loading: "Preparing your checkout…",
  complete: "You're all set",
  completeDetail: "Your purchase is confirmed. A receipt is on its way to your inbox.",
  signIn: "Sign in to buy this plan.",
  alreadySubscribed: "You already have this plan. Change your plan from your account instead.",
  notReady: "This shop can't take payments yet. Please try again later.",
  network: "We couldn't reach the billing service. Check your connection and try again.",
  paymentNetwork: "We couldn't reach the payment network. Your card was not charged. Check your connection and try again.",
  declined: "Your card was declined. Try another card.",
  promotionInvalid: "This promotion code can't be used.",
  failed: (code) => `Checkout could not start (${code}). Please try again.`,
  stripeUnavailable: "The payment form could not load. Check your connection and try again.",
  misplaced:
    "<billing-checkout> is inside another element's shadow root, where Stripe cannot mount its payment form. Place it in the page's light DOM (directly in the HTML, or slotted into your component).",
  noPrice: "No plan selected.",
};
