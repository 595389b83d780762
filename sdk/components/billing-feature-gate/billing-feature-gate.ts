import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { decideEntitlement, type EntitlementDecision } from "../../client/entitlement-decision";
import type { EntitlementChangeDetail, UpgradeDetail } from "../../events/entitlement-change";
import { BillingElement } from "../../internal/billing-element";
import { messagesFor } from "../../internal/localize";
import { hasPausedPlan } from "../../internal/paused-plan";
import { StoreController } from "../../internal/store-controller";
import { tokenStyles } from "../../internal/tokens";
import type { BillingDialog } from "../billing-dialog/billing-dialog";
import { en, type FeatureGateMessages } from "./billing-feature-gate.messages";
import { styles } from "./billing-feature-gate.styles";

type Status = "loading" | "allowed" | "denied" | "error";

/** `required` as written: a bare attribute (or anything that is not a positive number of units) means 1. */
const units = {
  fromAttribute: (value: string | null) => {
    const parsed = Number(value);
    return value !== null && value.trim() !== "" && Number.isFinite(parsed) && parsed > 0 ? parsed : 1;
  },
};

/**
 * Shows its content only when the signed-in customer is entitled to a feature (and, for a quota or
 * cap, has `required` units left); otherwise the `fallback` slot, which by default offers an upgrade
 * that opens the pricing table (or, with `price`, the checkout) in a dialog. Decided in the page
 * from the shared customer state, with no request per gate; it follows upgrades at once.
 *
 * The gate is for the interface only: anyone can change a page. Your server must check the
 * entitlement itself (`check()` from `@billingos/sdk/server`) before doing the work.
 *
 * @tagname billing-feature-gate
 * @summary Feature gate: content for entitled customers, an upgrade prompt for the others.
 *
 * @slot - Shown when the customer is entitled.
 * @slot fallback - Shown when not; defaults to an upgrade prompt.
 * @slot loading - Shown until the customer state is known; empty by default, so nothing flashes.
 * @slot dialog - Where the upgrade dialog is placed (managed by the element).
 *
 * @event {CustomEvent<EntitlementChangeDetail>} billing-entitlement-change - The answer flipped (not fired for the first answer; read `allowed` for it).
 * @event {CustomEvent<UpgradeDetail>} billing-upgrade - The upgrade button was pressed. Cancelable: `preventDefault()` keeps the built-in dialog closed (e.g. to go to your own pricing page).
 *
 * @csspart prompt - The built-in upgrade prompt.
 * @csspart message - Its text.
 * @csspart upgrade - Its button.
 *
 * @cssstate loading - The customer state is being fetched.
 * @cssstate allowed - The default slot is shown.
 * @cssstate denied - The fallback is shown.
 * @cssstate error - The customer state could not be loaded (the fallback is shown).
 */
export class BillingFeatureGate extends BillingElement {
  static override styles = [tokenStyles, styles];
  static override properties = {
    ...BillingElement.properties,
    feature: { reflect: true },
    required: { converter: units },
    price: {},
  };

  /** The feature's key (as in the catalogue, e.g. `sso`). */
  declare feature: string;
  /** Units the customer must have left of a quota or cap (a bare `required` attribute means 1). */
  declare required: number;
  /** A price to buy from the upgrade prompt (opens `<billing-checkout>`); without it, the pricing table opens. */
  declare price: string | undefined;

  readonly #stores = new StoreController(this);
  #decision: EntitlementDecision | undefined;
  #status: Status = "loading";

  constructor() {
    super();
    this.feature = "";
    this.required = 1;
  }

  /** Whether the default slot is shown; undefined until the customer state is known. */
  get allowed(): boolean | undefined {
    return this.#decision?.allowed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.billingClient;
    this.#stores.watch(client ? [client.$customerState] : []);
    const state = client?.$customerState.get();
    const previous = this.#decision;
    this.#decision = state?.status === "ready" ? decideEntitlement(state.data, this.feature, this.required) : undefined;
    this.#status = this.#decision
      ? this.#decision.allowed
        ? "allowed"
        : "denied"
      : !client || state?.status === "error"
        ? "error"
        : "loading";
    const decision = this.#decision;
    if (previous && decision && previous.allowed !== decision.allowed) {
      if (decision.allowed) this.#closeDialog();
      this.emit<EntitlementChangeDetail>("billing-entitlement-change", {
        feature: this.feature,
        allowed: decision.allowed,
        reason: decision.reason,
      });
    }
  }

  protected override render() {
    const t = messagesFor("featureGate", en, this.resolvedLocale);
    const dialog = html`<slot name="dialog"></slot>`;
    if (this.#status === "loading") return html`<slot name="loading"></slot>${dialog}`;
    if (this.#status === "allowed") return html`<slot></slot>${dialog}`;
    return html`<slot name="fallback">${this.#prompt(t)}</slot>${dialog}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const status of ["loading", "allowed", "denied", "error"] as const) {
      if (status === this.#status) this.internals.states.add(status);
      else this.internals.states.delete(status);
    }
  }

  #prompt(t: FeatureGateMessages): TemplateResult {
    const decision = this.#decision;
    if (!decision) {
      return html`<div part="prompt" class="prompt" role="alert"><p part="message">${t.error}</p>
        ${this.billingClient ? html`<button type="button" class="button" @click=${() => this.billingClient?.refreshCustomerState()}>${t.retry}</button>` : nothing}</div>`;
    }
    const message =
      decision.reason === "signed_out"
        ? t.signedOut
        : decision.reason === "limit_reached" && decision.entitlement
          ? t.limitReached(decision.entitlement.feature_name)
          : this.#pausedPlan()
            ? t.paused
            : t.locked;
    return html`<div part="prompt" class="prompt"><p part="message">${message}</p>
      <button type="button" part="upgrade" class="button" @click=${() => this.#upgrade(decision, t)}>${this.price ? t.upgrade : t.seePlans}</button></div>`;
  }

  #pausedPlan(): boolean {
    const state = this.billingClient?.$customerState.get();
    return state?.status === "ready" && state.data !== null && hasPausedPlan(state.data);
  }

  /**
   * Opens the pricing table (or the checkout for `price`) in a dialog in this element's light DOM:
   * Stripe's Payment Element refuses to mount inside a shadow root.
   */
  #upgrade(decision: EntitlementDecision, t: FeatureGateMessages): void {
    const detail: UpgradeDetail = { feature: this.feature, reason: decision.reason, price: this.price ?? null };
    if (!this.emit("billing-upgrade", detail, { cancelable: true })) return;
    this.#closeDialog();
    const dialog = document.createElement("billing-dialog") as BillingDialog;
    dialog.slot = "dialog";
    dialog.label = this.price ? t.upgrade : t.plans;
    if (!this.price) dialog.dataset.plans = "";
    const content = document.createElement(this.price ? "billing-checkout" : "billing-pricing-table");
    if (this.price) content.setAttribute("price", this.price);
    dialog.append(content);
    dialog.addEventListener("billing-dialog-close", () => dialog.remove());
    // Bought here or from the pricing table's own checkout: the state refresh opens the gate.
    dialog.addEventListener("billing-checkout-complete", () => {
      dialog.open = false;
    });
    this.append(dialog);
    dialog.open = true;
  }

  #closeDialog(): void {
    const open = this.querySelector<BillingDialog>(":scope > billing-dialog[slot=dialog]");
    if (open) open.open = false;
    open?.remove();
  }
}
