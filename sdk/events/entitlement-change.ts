import type { DecisionReason } from "../client/entitlement-decision";

/** `billing-entitlement-change`: a <billing-feature-gate>'s answer flipped (e.g. after an upgrade, or a quota used up). */
export interface EntitlementChangeDetail {
  feature: string;
  allowed: boolean;
  reason: DecisionReason;
}

/** `billing-upgrade`: the gate's upgrade button was pressed. Cancelable: `preventDefault()` keeps the built-in dialog closed. */
export interface UpgradeDetail {
  feature: string;
  reason: DecisionReason;
  /** The price the gate offers (its `price` attribute), or null when it shows the pricing table. */
  price: string | null;
}

export type EntitlementChangeEvent = CustomEvent<EntitlementChangeDetail>;
export type UpgradeEvent = CustomEvent<UpgradeDetail>;

declare global {
  interface HTMLElementEventMap {
    "billing-entitlement-change": EntitlementChangeEvent;
    "billing-upgrade": UpgradeEvent;
  }
}
