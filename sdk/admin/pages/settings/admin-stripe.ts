import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { readQuery, writeQuery } from "../../session/url-state";
import { settingsNav, settingsNavStyles } from "./settings-tabs";

/** Where Stripe's hosted onboarding sent the person back: done (`return`) or the link expired (`refresh`). */
type Return = "return" | "refresh";

/**
 * Settings › Stripe: the organisation's Stripe Connect (Express) account in test and in live mode,
 * each with its status, onboarding, Express dashboard and payout schedule. Stripe's onboarding
 * returns here (`?onboarding=return`, or `refresh` when its link expired); the accounts are then
 * loaded fresh from Stripe.
 *
 * @tagname billing-admin-stripe
 */
export class AdminStripe extends AdminElement {
  static override properties = { ...AdminElement.properties, returned: { state: true } };
  declare returned: Return | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    settingsNavStyles,
    css`
      .accounts {
        display: grid;
        gap: 16px;
        max-width: 720px;
      }
      .notice {
        margin: 0 0 16px;
        max-width: 720px;
      }
    `,
  ];

  constructor() {
    super();
    const returned = readQuery().get("onboarding");
    this.returned = returned === "return" || returned === "refresh" ? returned : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Said once: a reload of this address should not say it again.
    if (this.returned) writeQuery({ onboarding: null });
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Stripe"
        description="Payments go to your own Stripe account. Test and live mode each have their own."></billing-admin-page-header>
      ${settingsNav("settings/stripe")}
      ${
        this.returned === "return"
          ? html`<p class="notice" role="status">Back from Stripe. The status below is fresh from Stripe.</p>`
          : this.returned === "refresh"
            ? html`<p class="notice" role="status">That onboarding link expired. Continue onboarding for a new one.</p>`
            : nothing
      }
      <div class="accounts">
        <billing-admin-stripe-account mode="test"></billing-admin-stripe-account>
        <billing-admin-stripe-account mode="live"></billing-admin-stripe-account>
      </div>`;
  }
}
