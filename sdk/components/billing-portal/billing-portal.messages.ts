// English is in every script; French (./billing-portal.messages.fr.ts) loads on demand with every
// element's French (locales/fr.ts).
export { en } from "./billing-portal.messages.en";
export type { PortalMessages } from "./portal-messages";
