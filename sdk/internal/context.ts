import { createContext } from "@lit/context";
import type { BillingClient } from "../client/client";

export type Theme = "auto" | "light" | "dark";

/** What <billing-provider> shares with every element inside it. */
export interface BillingContext {
  client: BillingClient;
  /** BCP 47 locale for texts, money and dates. */
  locale: string;
  /** Preferred currency (lower-case ISO 4217), when the page chose one. */
  currency: string | undefined;
  theme: Theme;
}

export const billingContext = createContext<BillingContext | undefined>(Symbol.for("billingos.context"));
