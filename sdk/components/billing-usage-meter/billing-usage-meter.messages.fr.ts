import type { UsageMeterMessages } from "./billing-usage-meter.messages";

/** French, loaded on demand with every element's French (locales/fr.ts). */
export const fr: UsageMeterMessages = {
  usedOf: (used, limit) => `${used} sur ${limit}`,
  valueText: (used, limit, name, percent) => `${used} sur ${limit} ${name} utilisés, ${percent}`,
  usedUnlimited: (used) => `${used} utilisés`,
  unlimited: "Illimité",
  included: "Inclus dans votre offre",
  resetsOn: (date) => `Remise à zéro le ${date}`,
  warning: "Limite presque atteinte",
  limitReached: "Limite atteinte",
  overage: (over, price, unit, total) =>
    `${over} au-delà de votre quota à ${price} par ${unit} : environ ${total} sur votre prochaine facture`,
  overageUnpriced: (over) => `${over} au-delà de votre quota`,
  loading: "Chargement de la consommation…",
  notInPlan: (feature) =>
    feature ? `${feature} ne fait pas partie de votre offre.` : "Cette fonctionnalité ne fait pas partie de votre offre.",
  paused: (feature) => `Votre offre est en pause : reprenez-la pour utiliser ${feature ?? "cette fonctionnalité"} à nouveau.`,
  signedOut: "Connectez-vous pour voir votre consommation.",
  error: "La consommation n'a pas pu être chargée.",
  retry: "Réessayer",
};
