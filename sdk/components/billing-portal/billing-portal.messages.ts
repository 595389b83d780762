import type { Catalogue } from "../../internal/localize";
import { en } from "./billing-portal.messages.en";
import { fr } from "./billing-portal.messages.fr";
import type { PortalMessages } from "./portal-messages";

export type { PortalMessages } from "./portal-messages";

export const messages: Catalogue<PortalMessages> = { en, fr };
