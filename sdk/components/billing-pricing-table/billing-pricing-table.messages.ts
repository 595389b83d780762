import type { Catalogue } from "../../internal/localize";

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

const en: PricingTableMessages = {
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

const fr: PricingTableMessages = {
  region: "Offres tarifaires",
  billingPeriod: "Période de facturation",
  interval: { day: "Quotidien", week: "Hebdomadaire", month: "Mensuel", year: "Annuel" },
  perInterval: { day: "/ jour", week: "/ semaine", month: "/ mois", year: "/ an" },
  everyN: (count, interval) => `tous les ${count} ${{ day: "jours", week: "semaines", month: "mois", year: "ans" }[interval]}`,
  oneTime: "paiement unique",
  saveUpTo: (percent) => `Jusqu’à ${percent} % d’économie`,
  savePerYear: (amount) => `${amount} d’économie par an`,
  currency: "Devise",
  popular: "Le plus choisi",
  currentPlan: "Offre actuelle",
  free: "Gratuit",
  trial: (days) => `Essai gratuit de ${days} jours`,
  trialNoCard: "Sans carte bancaire",
  choose: "Commencer",
  startTrial: (days) => `Essayer ${days} jours`,
  buyOnce: "Acheter",
  switchPlan: "Passer à cette offre",
  seats: "Utilisateurs",
  fewerSeats: "Moins d’utilisateurs",
  moreSeats: "Plus d’utilisateurs",
  perSeat: "par utilisateur",
  totalFor: (count, seats, total) => `${total} pour ${seats} ${count > 1 ? "utilisateurs" : "utilisateur"}`,
  unlimited: "Illimité",
  included: "Inclus",
  notIncluded: "Non inclus",
  limit: (amount, name) => `${name} : ${amount}`,
  unlimitedFeature: (name) => `${name} : illimité`,
  quota: (amount, name) => `${name} : ${amount} inclus`,
  overage: (price, unit) => `puis ${price} par ${unit}`,
  compare: "Comparer toutes les fonctionnalités",
  hideComparison: "Masquer la comparaison",
  feature: "Fonctionnalité",
  loading: "Chargement des offres…",
  empty: "Aucune offre n’est encore disponible.",
  error: "Les offres n’ont pas pu être chargées.",
  networkError: "Les offres n’ont pas pu être chargées. Vérifiez votre connexion.",
  retry: "Réessayer",
  checkout: "Paiement",
};

export const messages: Catalogue<PricingTableMessages> = { en, fr };
