import { css, html, nothing, type TemplateResult } from "lit";
import { BillingApiError } from "../../../client/errors";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { badge, pageLoading } from "../../elements/page-states";
import { call, errorMessage, type Mode } from "../../session/admin-api";

export type ConnectAccount = components["schemas"]["ConnectAccount"];

/** Stripe's requirement names in words (others are shown as Stripe names them). */
const REQUIREMENTS: Record<string, string> = {
  "business_profile.url": "Business website",
  "business_profile.mcc": "Business category",
  "business_profile.product_description": "Product description",
  business_type: "Business type",
  external_account: "Bank account for payouts",
  "individual.first_name": "Your first name",
  "individual.last_name": "Your last name",
  "individual.dob.day": "Your date of birth",
  "individual.address.line1": "Your address",
  "individual.email": "Your e-mail",
  "individual.phone": "Your phone number",
  "individual.id_number": "Your ID number",
  "individual.ssn_last_4": "Last 4 digits of your SSN",
  "tos_acceptance.date": "Accepting Stripe's terms",
  "tos_acceptance.ip": "Accepting Stripe's terms",
};

/** What Stripe still needs, in words, once each. */
export function requirementsDue(account: ConnectAccount): string[] {
  const names = [...account.requirements.past_due, ...account.requirements.currently_due];
  return [...new Set(names.map((name) => REQUIREMENTS[name] ?? name))];
}

type View = { status: "loading" } | { status: "ready"; account: ConnectAccount | null } | { status: "error"; error: unknown };

/**
 * One mode's Stripe Express account on Settings › Stripe: its status (not connected, onboarding
 * incomplete with what is due, charges and payouts enabled), Connect / Continue onboarding (Stripe's
 * hosted onboarding, which returns to this page), the Express dashboard, and the payout schedule.
 * Acts in `mode` whatever the admin's switch says (`BillingOS-Mode` on each call).
 *
 * @tagname billing-admin-stripe-account
 */
export class AdminStripeAccount extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    mode: { reflect: true },
    view: { state: true },
    busy: { state: true },
    actionError: { state: true },
  };
  declare mode: Mode;
  declare view: View;
  /** The action under way ("connect", "dashboard"), which disables the buttons. */
  declare busy: string | undefined;
  declare actionError: string | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      :host {
        display: block;
      }
      .card {
        display: grid;
        gap: 16px;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
      }
      h2 {
        margin: 0;
        font-size: 1rem;
      }
      p {
        margin: 0;
      }
      ul {
        margin: 0;
        padding-left: 20px;
        display: grid;
        gap: 4px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
    `,
  ];

  /** Leaves the admin for a Stripe-hosted page (onboarding); tests replace it to stay on the page. */
  leave: (url: string) => void = (url) => location.assign(url);

  constructor() {
    super();
    this.mode = "test";
    this.view = { status: "loading" };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  get #headers() {
    return { "BillingOS-Mode": this.mode };
  }

  /** Loads the account, refreshed from Stripe (so a return from onboarding shows the new status). */
  async load(): Promise<void> {
    this.view = { status: "loading" };
    try {
      const account = await call(this.signedIn.api.GET("/v1/connect/account", { headers: this.#headers }));
      this.view = { status: "ready", account };
    } catch (error) {
      const missing = error instanceof BillingApiError && error.code === "stripe_account_missing";
      this.view = missing ? { status: "ready", account: null } : { status: "error", error };
    }
  }

  async #onboard(): Promise<void> {
    this.busy = "connect";
    this.actionError = undefined;
    try {
      // Creates the Express account on first use (answers the existing one after that).
      await call(this.signedIn.api.POST("/v1/connect/account", { body: {}, headers: this.#headers }));
      const back = `${location.origin}/admin/settings/stripe`;
      const link = await call(
        this.signedIn.api.POST("/v1/connect/onboarding_link", {
          body: { return_url: `${back}?onboarding=return`, refresh_url: `${back}?onboarding=refresh` },
          headers: this.#headers,
        }),
      );
      this.leave(link.url);
    } catch (error) {
      this.actionError = errorMessage(error);
      this.busy = undefined;
    }
  }

  async #dashboard(): Promise<void> {
    // Opened now, while the click still allows a new tab; the one-time link goes into it once made.
    const tab = window.open("", "_blank");
    this.busy = "dashboard";
    this.actionError = undefined;
    try {
      const link = await call(this.signedIn.api.POST("/v1/connect/dashboard_link", { headers: this.#headers }));
      if (tab) {
        tab.opener = null;
        tab.location.href = link.url;
      } else this.leave(link.url);
    } catch (error) {
      tab?.close();
      this.actionError = errorMessage(error);
    } finally {
      this.busy = undefined;
    }
  }

  #status(account: ConnectAccount | null): TemplateResult {
    if (!account) return badge("Not connected");
    if (account.charges_enabled && account.payouts_enabled) return badge("Charges and payouts enabled", "success");
    if (account.charges_enabled) return badge("Payouts paused", "warning");
    return badge("Onboarding incomplete", "warning");
  }

  #details(account: ConnectAccount | null): TemplateResult {
    if (!account)
      return html`<p class="muted">Payments in ${this.mode} mode go to your own Stripe Express account. Stripe asks for your business
        and bank details; BillingOS never holds your money.</p>`;
    const due = requirementsDue(account);
    const enabled = (on: boolean) => (on ? "Enabled" : "Not yet");
    return html`<dl class="fields">
        <dt>Account</dt><dd><code>${account.id}</code></dd>
        <dt>Charges</dt><dd>${enabled(account.charges_enabled)}</dd>
        <dt>Payouts</dt><dd>${enabled(account.payouts_enabled)}</dd>
        <dt>Connected</dt><dd>${this.formatDate(account.created)}</dd>
      </dl>
      ${
        due.length
          ? html`<div><p><strong>Stripe still needs:</strong></p><ul>${due.map((item) => html`<li>${item}</li>`)}</ul></div>`
          : !account.charges_enabled
            ? html`<p class="muted">Stripe is reviewing your details.</p>`
            : nothing
      }`;
  }

  #actions(account: ConnectAccount | null): TemplateResult | typeof nothing {
    if (!this.signedIn.canWrite("organization")) return nothing;
    const complete = account?.charges_enabled && account.payouts_enabled && requirementsDue(account).length === 0;
    const busy = this.busy !== undefined;
    return html`<div class="actions">
      ${
        complete
          ? nothing
          : html`<button class="button primary" type="button" ?disabled=${busy} @click=${() => this.#onboard()}>
            ${this.busy === "connect" ? "Opening Stripe…" : account ? "Continue onboarding" : "Connect Stripe"}</button>`
      }
      ${
        account?.details_submitted
          ? html`<button class="button" type="button" ?disabled=${busy} @click=${() => this.#dashboard()}>
            ${this.busy === "dashboard" ? "Opening…" : "Open Express dashboard"}</button>`
          : nothing
      }
    </div>`;
  }

  #payouts(account: ConnectAccount) {
    return html`<billing-admin-payout-schedule .account=${account} mode=${this.mode}
      @billing-admin-account=${(event: CustomEvent<ConnectAccount>) => (this.view = { status: "ready", account: event.detail })}>
    </billing-admin-payout-schedule>`;
  }

  protected override render() {
    const title = this.mode === "live" ? "Live mode" : "Test mode";
    const view = this.view;
    if (view.status === "loading") return html`<section class="card"><h2>${title}</h2>${pageLoading()}</section>`;
    if (view.status === "error")
      return html`<section class="card" role="alert"><h2>${title}</h2>
        <p><strong>The Stripe account could not be loaded.</strong></p>
        <p class="muted">${errorMessage(view.error)}</p>
        <p><button class="button" type="button" @click=${() => this.load()}>Try again</button></p></section>`;
    const { account } = view;
    return html`<section class="card" aria-label=${`${title} Stripe account`}>
        <div class="head"><h2>${title}</h2>${this.#status(account)}</div>
        ${this.#details(account)}
        ${this.actionError ? html`<p class="alert" role="alert">${this.actionError}</p>` : nothing}
        ${this.#actions(account)}
        ${account ? this.#payouts(account) : nothing}
      </section>`;
  }
}
