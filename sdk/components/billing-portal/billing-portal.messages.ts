import type { Catalogue } from "../../internal/localize";
import type { CancelReason } from "./portal-api";

export interface PortalMessages {
  subscriptions: string;
  paymentMethods: string;
  invoices: string;
  usage: string;
  loading: string;
  signIn: string;
  network: string;
  failed: (code: string) => string;
  retry: string;
  noSubscriptions: string;
  noCards: string;
  noInvoices: string;
  noUsage: string;
  plan: (name: string, quantity: number) => string;
  unknownPlan: string;
  every: (interval: string, count: number) => string;
  trialing: (date: string) => string;
  renews: (date: string) => string;
  pastDue: (since: string) => string;
  accessUntil: (date: string) => string;
  cancels: (date: string) => string;
  paused: string;
  canceled: string;
  incomplete: string;
  unpaid: string;
  scheduled: (plan: string, date: string) => string;
  pending: (plan: string, date: string) => string;
  payToApply: string;
  changePlan: string;
  cancel: string;
  undoCancel: string;
  pause: string;
  resume: string;
  close: string;
  back: string;
  choosePlan: string;
  current: string;
  quantity: string;
  when: string;
  timingNow: string;
  timingPeriodEnd: (date: string) => string;
  review: string;
  previewing: string;
  dueNow: string;
  nextInvoice: (date: string) => string;
  credit: string;
  noChargeNow: (date: string) => string;
  confirmChange: string;
  changed: string;
  sameAsCurrent: string;
  cancelTitle: string;
  cancelBody: (date: string) => string;
  reason: string;
  reasonNone: string;
  reasons: Record<CancelReason, string>;
  comment: string;
  confirmCancel: string;
  keepPlan: string;
  canceledNotice: (date: string) => string;
  undone: string;
  pauseTitle: string;
  pauseBody: string;
  confirmPause: string;
  pausedNotice: string;
  resumed: string;
  addCard: string;
  saveCard: string;
  cardAdded: string;
  makeDefault: string;
  default: string;
  remove: string;
  removeTitle: string;
  removeBody: (card: string) => string;
  removeDefault: string;
  confirmRemove: string;
  cardRemoved: string;
  defaultSet: (card: string) => string;
  cardLabel: (brand: string, last4: string) => string;
  expires: (month: number, year: number) => string;
  expired: string;
  invoiceStatus: (status: string) => string;
  viewInvoice: string;
  invoiceDate: string;
  invoiceAmount: string;
  invoiceStatusTitle: string;
  invoiceLinks: string;
  downloadPdf: string;
  pay: string;
  payWith: string;
  payNow: (amount: string) => string;
  paid: (amount: string) => string;
  addCardFirst: string;
  declined: (message: string) => string;
  working: string;
  opensInNewTab: string;
}

const en: PortalMessages = {
  subscriptions: "Subscriptions",
  paymentMethods: "Payment methods",
  invoices: "Invoices",
  usage: "Usage",
  loading: "Loading your billing…",
  signIn: "Sign in to manage your billing.",
  network: "We couldn't reach the billing service. Check your connection and try again.",
  failed: (code) => `Something went wrong (${code}). Please try again.`,
  retry: "Try again",
  noSubscriptions: "You have no subscriptions.",
  noCards: "No payment method on file.",
  noInvoices: "No invoices yet.",
  noUsage: "Nothing metered on your plan.",
  plan: (name, quantity) => (quantity > 1 ? `${name} × ${quantity}` : name),
  unknownPlan: "Your plan",
  every: (interval, count) => (count > 1 ? `every ${count} ${interval}s` : `per ${interval}`),
  trialing: (date) => `Trial ends ${date}`,
  renews: (date) => `Renews on ${date}`,
  pastDue: (since) => `Payment past due since ${since}`,
  accessUntil: (date) => `Access continues until ${date}; pay the open invoice to keep it.`,
  cancels: (date) => `Cancels on ${date}`,
  paused: "Paused",
  canceled: "Canceled",
  incomplete: "Awaiting the first payment",
  unpaid: "Unpaid",
  scheduled: (plan, date) => `Changes to ${plan} on ${date}`,
  pending: (plan, date) => `Change to ${plan} waits for payment until ${date}`,
  payToApply: "Pay the open invoice below to apply it.",
  changePlan: "Change plan",
  cancel: "Cancel plan",
  undoCancel: "Don't cancel",
  pause: "Pause",
  resume: "Resume",
  close: "Close",
  back: "Back",
  choosePlan: "Choose a plan",
  current: "Current",
  quantity: "Quantity",
  when: "When",
  timingNow: "Now, with a prorated charge",
  timingPeriodEnd: (date) => `At the end of this period (${date})`,
  review: "Review change",
  previewing: "Calculating…",
  dueNow: "Due today",
  nextInvoice: (date) => `Next invoice (${date})`,
  credit: "Credit",
  noChargeNow: (date) => `Nothing is charged today. The new plan starts on ${date}.`,
  confirmChange: "Confirm change",
  changed: "Your plan was changed.",
  sameAsCurrent: "This is your current plan.",
  cancelTitle: "Cancel your plan",
  cancelBody: (date) => `Your plan stays active until ${date}. You can undo this until then.`,
  reason: "Why are you canceling? (optional)",
  reasonNone: "Choose a reason",
  reasons: {
    too_expensive: "It's too expensive",
    missing_features: "Some features are missing",
    switched_service: "I'm switching to another service",
    unused: "I don't use it enough",
    customer_service: "Customer service was less than expected",
    too_complex: "It's too complicated",
    low_quality: "Quality was less than expected",
    other: "Other reason",
  },
  comment: "Anything else? (optional)",
  confirmCancel: "Cancel plan",
  keepPlan: "Keep plan",
  canceledNotice: (date) => `Your plan will cancel on ${date}.`,
  undone: "Your plan will renew as usual.",
  pauseTitle: "Pause your plan",
  pauseBody: "Payments stop while the plan is paused. Resume any time.",
  confirmPause: "Pause plan",
  pausedNotice: "Your plan is paused.",
  resumed: "Your plan is active again.",
  addCard: "Add payment method",
  saveCard: "Save card",
  cardAdded: "Your card was added.",
  makeDefault: "Make default",
  default: "Default",
  remove: "Remove",
  removeTitle: "Remove payment method",
  removeBody: (card) => `Remove ${card}? It won't be charged again.`,
  removeDefault: "This is your default card: make another card the default first so your plan keeps being paid.",
  confirmRemove: "Remove",
  cardRemoved: "The card was removed.",
  defaultSet: (card) => `${card} is now your default payment method.`,
  cardLabel: (brand, last4) => `${brand} •••• ${last4}`,
  expires: (month, year) => `Expires ${String(month).padStart(2, "0")}/${year}`,
  expired: "Expired",
  invoiceStatus: (status) =>
    ({ paid: "Paid", open: "Due", void: "Void", draft: "Draft", uncollectible: "Uncollectible" })[status] ?? status,
  viewInvoice: "View",
  invoiceDate: "Date",
  invoiceAmount: "Amount",
  invoiceStatusTitle: "Status",
  invoiceLinks: "Links",
  downloadPdf: "PDF",
  pay: "Pay",
  payWith: "Pay with",
  payNow: (amount) => `Pay ${amount}`,
  paid: (amount) => `Paid ${amount}. Thank you!`,
  addCardFirst: "Add a payment method first, then pay this invoice.",
  declined: (message) => `Payment declined: ${message}`,
  working: "Working…",
  opensInNewTab: "(opens in a new tab)",
};

const fr: PortalMessages = {
  subscriptions: "Abonnements",
  paymentMethods: "Moyens de paiement",
  invoices: "Factures",
  usage: "Consommation",
  loading: "Chargement de votre facturation…",
  signIn: "Connectez-vous pour gérer votre facturation.",
  network: "Impossible de joindre le service de facturation. Vérifiez votre connexion et réessayez.",
  failed: (code) => `Une erreur est survenue (${code}). Veuillez réessayer.`,
  retry: "Réessayer",
  noSubscriptions: "Vous n'avez aucun abonnement.",
  noCards: "Aucun moyen de paiement enregistré.",
  noInvoices: "Aucune facture pour l'instant.",
  noUsage: "Rien n'est mesuré dans votre offre.",
  plan: (name, quantity) => (quantity > 1 ? `${name} × ${quantity}` : name),
  unknownPlan: "Votre offre",
  every: (interval, count) => {
    const word = { day: "jour", week: "semaine", month: "mois", year: "an" }[interval] ?? interval;
    return count > 1 ? `tous les ${count} ${word === "mois" ? word : `${word}s`}` : `par ${word}`;
  },
  trialing: (date) => `Essai jusqu'au ${date}`,
  renews: (date) => `Renouvellement le ${date}`,
  pastDue: (since) => `Paiement en retard depuis le ${since}`,
  accessUntil: (date) => `Accès maintenu jusqu'au ${date} ; réglez la facture ouverte pour le garder.`,
  cancels: (date) => `Résiliation le ${date}`,
  paused: "En pause",
  canceled: "Résilié",
  incomplete: "En attente du premier paiement",
  unpaid: "Impayé",
  scheduled: (plan, date) => `Passe à ${plan} le ${date}`,
  pending: (plan, date) => `Le passage à ${plan} attend le paiement jusqu'au ${date}`,
  payToApply: "Réglez la facture ouverte ci-dessous pour l'appliquer.",
  changePlan: "Changer d'offre",
  cancel: "Résilier",
  undoCancel: "Ne pas résilier",
  pause: "Mettre en pause",
  resume: "Reprendre",
  close: "Fermer",
  back: "Retour",
  choosePlan: "Choisissez une offre",
  current: "Actuelle",
  quantity: "Quantité",
  when: "Quand",
  timingNow: "Maintenant, au prorata",
  timingPeriodEnd: (date) => `À la fin de la période (${date})`,
  review: "Vérifier le changement",
  previewing: "Calcul…",
  dueNow: "À payer aujourd'hui",
  nextInvoice: (date) => `Prochaine facture (${date})`,
  credit: "Avoir",
  noChargeNow: (date) => `Rien n'est débité aujourd'hui. La nouvelle offre commence le ${date}.`,
  confirmChange: "Confirmer le changement",
  changed: "Votre offre a été modifiée.",
  sameAsCurrent: "C'est votre offre actuelle.",
  cancelTitle: "Résilier votre offre",
  cancelBody: (date) => `Votre offre reste active jusqu'au ${date}. Vous pouvez annuler la résiliation d'ici là.`,
  reason: "Pourquoi résiliez-vous ? (facultatif)",
  reasonNone: "Choisissez une raison",
  reasons: {
    too_expensive: "C'est trop cher",
    missing_features: "Il manque des fonctionnalités",
    switched_service: "Je passe à un autre service",
    unused: "Je ne l'utilise pas assez",
    customer_service: "Le service client m'a déçu",
    too_complex: "C'est trop compliqué",
    low_quality: "La qualité m'a déçu",
    other: "Autre raison",
  },
  comment: "Autre chose ? (facultatif)",
  confirmCancel: "Résilier",
  keepPlan: "Garder l'offre",
  canceledNotice: (date) => `Votre offre sera résiliée le ${date}.`,
  undone: "Votre offre sera renouvelée normalement.",
  pauseTitle: "Mettre votre offre en pause",
  pauseBody: "Les paiements s'arrêtent pendant la pause. Reprenez quand vous voulez.",
  confirmPause: "Mettre en pause",
  pausedNotice: "Votre offre est en pause.",
  resumed: "Votre offre est de nouveau active.",
  addCard: "Ajouter un moyen de paiement",
  saveCard: "Enregistrer la carte",
  cardAdded: "Votre carte a été ajoutée.",
  makeDefault: "Par défaut",
  default: "Par défaut",
  remove: "Supprimer",
  removeTitle: "Supprimer le moyen de paiement",
  removeBody: (card) => `Supprimer ${card} ? Elle ne sera plus débitée.`,
  removeDefault: "C'est votre carte par défaut : choisissez d'abord une autre carte par défaut pour que votre offre reste payée.",
  confirmRemove: "Supprimer",
  cardRemoved: "La carte a été supprimée.",
  defaultSet: (card) => `${card} est maintenant votre moyen de paiement par défaut.`,
  cardLabel: (brand, last4) => `${brand} •••• ${last4}`,
  expires: (month, year) => `Expire ${String(month).padStart(2, "0")}/${year}`,
  expired: "Expirée",
  invoiceStatus: (status) =>
    ({ paid: "Payée", open: "À payer", void: "Annulée", draft: "Brouillon", uncollectible: "Irrécouvrable" })[status] ?? status,
  viewInvoice: "Voir",
  invoiceDate: "Date",
  invoiceAmount: "Montant",
  invoiceStatusTitle: "Statut",
  invoiceLinks: "Liens",
  downloadPdf: "PDF",
  pay: "Payer",
  payWith: "Payer avec",
  payNow: (amount) => `Payer ${amount}`,
  paid: (amount) => `${amount} payés. Merci !`,
  addCardFirst: "Ajoutez d'abord un moyen de paiement, puis réglez cette facture.",
  declined: (message) => `Paiement refusé : ${message}`,
  working: "En cours…",
  opensInNewTab: "(nouvel onglet)",
};

export const messages: Catalogue<PortalMessages> = { en, fr };
