export interface FeatureGateMessages {
  locked: string;
  /** The customer's plan is paused, which stops its features. */
  paused: string;
  limitReached: (name: string) => string;
  signedOut: string;
  seePlans: string;
  upgrade: string;
  plans: string;
  error: string;
  retry: string;
}

/** English, in every script; other languages load on demand (see locales/). */
export const en: FeatureGateMessages = {
  locked: "This feature is not included in your plan.",
  paused: "Your plan is paused: resume it to use this feature again.",
  limitReached: (name) => `You have used all the ${name} your plan includes this period.`,
  signedOut: "Sign in to use this feature.",
  seePlans: "See plans",
  upgrade: "Upgrade",
  plans: "Plans",
  error: "We could not check your plan.",
  retry: "Try again",
};
