import type { FeatureGateMessages } from "./billing-feature-gate.messages";

/** French, loaded on demand with every element's French (locales/fr.ts). */
export const fr: FeatureGateMessages = {
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
