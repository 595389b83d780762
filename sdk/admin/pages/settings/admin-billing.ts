import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { keyed } from "lit/directives/keyed.js";
import type { PlanSelectDetail } from "../../../events/plan-select";
import type { PortalActionDetail } from "../../../events/portal-events";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { badge, pageLoading, recordError } from "../../elements/page-states";
import { call, errorMessage, type Organization } from "../../session/admin-api";
import { closePlatformCheckout, openPlatformCheckout } from "./admin-billing-checkout";
import { platformBillingClient } from "./admin-billing-client";
import { isPaidTier, tierLabel, waitForTierChange } from "./admin-billing-tier";
import { settingsNav, settingsNavStyles } from "./settings-tabs";

/** Portal actions that may change the platform subscription, and so the tier (in the same request). */
const TIER_ACTIONS: ReadonlySet<PortalActionDetail["action"]> = new Set(["change", "cancel", "undo_cancel", "pause", "resume"]);

/**
 * Settings › Billing: the organisation's own BillingOS plan. Its tier and what it means for fees
 * (every member reads it), then, for owners and admins, BillingOS's own `<billing-pricing-table>`
 * (subscribe or upgrade; checkout in place) and `<billing-portal>` (card, invoices, cancel) on the
 * platform organisation, through a customer session standing for this organisation. After a
 * checkout the page reads the tier until the platform's webhook has changed it.
 *
 * @tagname billing-admin-billing
 */
export class AdminBilling extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    current: { state: true },
    waiting: { state: true },
    switching: { state: true },
  };
  /** The organisation as last read after a change (the first read is the task's). */
  declare current: Organization | undefined;
  /** After a checkout: reading the tier until it changes, or it did not change in time ("late"). */
  declare waiting: "tier" | "late" | undefined;
  /** A switch to another plan was asked for in the pricing table: the portal below does it. */
  declare switching: boolean;

  constructor() {
    super();
    this.switching = false;
  }

  static override styles = [
    tokenStyles,
    adminStyles,
    settingsNavStyles,
    css`
      .stack {
        display: grid;
        gap: 24px;
        min-width: 0;
      }
      .plan {
        display: grid;
        gap: 12px;
      }
      .plan-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px 16px;
      }
      .plan-head p {
        margin: 0 0 2px;
        font-size: 0.8125rem;
      }
      .plan-head h2 {
        margin: 0;
        font-size: 1.375rem;
      }
      .plan > p {
        margin: 0;
        max-width: 68ch;
      }
      section.platform {
        display: grid;
        gap: 12px;
        min-width: 0;
      }
      section.platform h2 {
        margin: 0;
      }
      billing-provider {
        display: grid;
        gap: 24px;
      }
    `,
  ];

  #abort = new AbortController();
  /** Bumped after a purchase: the portal is made afresh, so it loads the new card and invoice too (BillingOS's plans meter nothing: no usage section). */
  #portalGeneration = 0;

  readonly #organization = new Task(this, {
    task: async () => this.#read(),
    args: () => [],
  });

  /** The platform's client, for those who may change the plan; nobody else asks for a session. */
  readonly #platform = new Task(this, {
    task: async ([canWrite]) => (canWrite ? platformBillingClient(this.signedIn) : undefined),
    args: () => [this.signedIn.canWrite("organization")] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort.abort();
    closePlatformCheckout();
  }

  #read(): Promise<Organization> {
    const id = this.signedIn.organization.id;
    return call(this.signedIn.api.GET("/v1/organizations/{id}", { params: { path: { id } } }));
  }

  /**
   * A plan chosen in the pricing table: a first plan is bought in the checkout (placed where Stripe
   * can mount, see admin-billing-checkout.ts); a switch is the portal's "Change plan", with its
   * proration preview, so the page points there.
   */
  #selectPlan(event: CustomEvent<PlanSelectDetail>) {
    const platform = this.#platform.value;
    if (!platform) return;
    event.preventDefault();
    if (event.detail.subscription) {
      this.switching = true;
      this.renderRoot.querySelector("#manage-heading")?.scrollIntoView({ block: "start" });
      return;
    }
    const product = platform.client.$pricing.get();
    const name = product.status === "ready" ? product.data.products.find((p) => p.id === event.detail.product)?.name : undefined;
    openPlatformCheckout(event.detail, {
      client: platform.client,
      theme: this.theme ?? this.signedIn.theme,
      label: name ? `BillingOS ${name}` : "BillingOS plan",
      onComplete: () => void this.#afterCheckout(),
    });
  }

  /** The checkout went through: the tier follows when the platform's webhook arrives. */
  async #afterCheckout() {
    const from = (this.current ?? this.#organization.value)?.billing_tier ?? "standard";
    this.waiting = "tier";
    const read = await waitForTierChange(() => this.#read(), from, this.#abort.signal);
    // The new tier and the end of the wait show together (one render).
    if (read) this.current = read;
    this.waiting = read && read.billing_tier !== from ? undefined : "late";
    // The subscription the checkout saw was still starting: read it again, as the webhook left it.
    await this.#platform.value?.client.loadCustomer({ force: true }).catch(() => null);
    this.#portalGeneration++;
    this.requestUpdate();
  }

  /** A change or a cancellation in the portal is mirrored in the same request: read the tier once. */
  async #afterPortal(event: CustomEvent<PortalActionDetail>) {
    if (!TIER_ACTIONS.has(event.detail.action)) return;
    this.current = await this.#read().catch(() => this.current);
  }

  #feeWording(org: Organization, canWrite: boolean) {
    const tier = tierLabel(org.billing_tier);
    if (isPaidTier(org.billing_tier))
      return html`Your ${tier} plan replaces BillingOS's transaction fee: your customers' payments carry no BillingOS fee while it is active.`;
    const fee = org.transaction_fee;
    const share = this.formatPercent(fee.basis_points / 10_000);
    const fixed = fee.fixed_amount > 0 ? ` + ${this.formatMoney(fee.fixed_amount, fee.currency, fee.currency_exponent)}` : "";
    return html`On Standard there is no monthly price: BillingOS takes <strong>${share}${fixed}</strong> of each payment in
      ${fee.currency.toUpperCase()}. ${canWrite ? "A paid plan below replaces that fee." : "A paid plan replaces that fee; owners and admins can choose one."}`;
  }

  #plan(org: Organization, canWrite: boolean) {
    const paid = isPaidTier(org.billing_tier);
    return html`<section class="card plan" aria-labelledby="plan-heading">
      <div class="plan-head">
        <div><p class="muted">Current plan</p><h2 id="plan-heading">${tierLabel(org.billing_tier)}</h2></div>
        ${paid ? badge("No transaction fee", "success") : badge("Fee per payment")}
      </div>
      <p>${this.#feeWording(org, canWrite)}</p>
      <div role="status">
        ${this.waiting === "tier" ? html`<p class="muted" aria-busy="true">Payment received. Starting your new plan…</p>` : nothing}
        ${
          this.waiting === "late"
            ? html`<p class="notice">Your payment went through; the new plan shows here once BillingOS has it. Reload the page in a minute.</p>`
            : nothing
        }
      </div>
      <p><a href="/admin/fees">See the fees you paid</a></p>
    </section>`;
  }

  #manage() {
    const theme = this.theme ?? this.signedIn.theme;
    return this.#platform.render({
      pending: () => html`<div class="card">${pageLoading("Loading plans…")}</div>`,
      error: (error) => html`<div class="card" role="alert">
        <p><strong>The plans could not be loaded.</strong></p>
        <p class="muted">${errorMessage(error)}</p>
        <p><button class="button" type="button" @click=${() => this.#platform.run()}>Try again</button></p>
      </div>`,
      complete: (platform) =>
        platform
          ? html`<billing-provider .client=${platform.client} theme=${theme}
              @billing-plan-select=${this.#selectPlan} @billing-portal-action=${this.#afterPortal}>
              <section class="platform" aria-labelledby="plans-heading">
                <h2 id="plans-heading">Plans</h2>
                <billing-pricing-table></billing-pricing-table>
              </section>
              <section class="platform" aria-labelledby="manage-heading">
                <h2 id="manage-heading">Subscription, card and invoices</h2>
                ${
                  this.switching
                    ? html`<p class="notice" role="status">To switch plans, use Change plan on your subscription: it shows what you pay now first.</p>`
                    : nothing
                }
                ${keyed(this.#portalGeneration, html`<billing-portal sections="subscriptions payment-methods invoices"></billing-portal>`)}
              </section>
            </billing-provider>`
          : nothing,
    });
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("organization");
    return html`<billing-admin-page-header heading="Billing" description="Your BillingOS plan, and what it means for the fees on your payments."></billing-admin-page-header>
      ${settingsNav("settings/billing")}
      <div class="stack">
        ${this.#organization.render({
          pending: () => pageLoading(),
          error: (error) => recordError(this.signedIn, error, () => this.#organization.run(), "organisation"),
          complete: (org) => this.#plan(this.current ?? org, canWrite),
        })}
        ${canWrite ? this.#manage() : html`<p class="muted">Only owners and admins can change the BillingOS plan.</p>`}
      </div>`;
  }
}
