import type { Catalogue } from "../../internal/localize";

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

const en: FeatureGateMessages = {
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

const fr: FeatureGateMessages = {
  locked: "Cette fonctionnalité n'est pas incluse dans votre offre.",
  paused: "Votre offre est en pause : reprenez-la pour utiliser à nouveau cette fonctionnalité.",
  limitReached: (name) => `Vous avez utilisé tout le quota « ${name} » de votre offre pour cette période.`,
  signedOut: "Connectez-vous pour utiliser cette fonctionnalité.",
  seePlans: "Voir les offres",
  upgrade: "Passer à l'offre supérieure",
  plans: "Offres",
  error: "Impossible de vérifier votre offre.",
  retry: "Réessayer",
};

export const messages: Catalogue<FeatureGateMessages> = { en, fr };
