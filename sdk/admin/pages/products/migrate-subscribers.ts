import { css, html, nothing } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { call } from "../../session/admin-api";
import { intervalText, type Price } from "./catalogue";

type Report = components["schemas"]["SubscriberMigration"];
type Timing = Report["timing"];

const REASONS: Record<string, string> = {
  subscription_incomplete: "Its first payment never went through.",
  no_equivalent_price: "The current version has no active price with the same billing period.",
  currency_not_offered: "The current version does not sell that billing period in the subscription's currency.",
  multiple_items: "The subscription bills several prices.",
  change_scheduled: "A plan change or an earlier migration is already scheduled.",
  price_not_on_stripe: "The new price is not on Stripe yet; try again in a moment.",
  no_connected_account: "No Stripe account is connected in this mode.",
  stripe_error: "Stripe refused the change.",
};

/**
 * Moves the subscribers of a product's older versions to its current version
 * (`POST /v1/products/{id}/migrate_subscribers`), in the SDK's `<billing-dialog>`: pick the timing,
 * "Preview" runs it with `dry_run: true` and lists who would move from which price to which and
 * who is skipped and why; "Migrate N subscribers" asks for confirmation, runs it and shows the result.
 *
 * @tagname billing-admin-migrate-subscribers
 * @event billing-admin-migrated - `{ report }`: the API's answer after the real run.
 * @event billing-admin-close - The dialog was dismissed.
 */
export class AdminMigrateSubscribers extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    productId: { attribute: "product-id" },
    version: { type: Number },
    prices: { attribute: false },
    report: { state: true },
  };
  declare productId: string;
  declare version: number;
  /** The product's prices, to name each move's prices. */
  declare prices: Price[];
  declare report: Report | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      .body {
        display: grid;
        gap: 16px;
      }
      ul.moves {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0;
        max-height: 45vh;
        overflow: auto;
      }
      ul.moves li {
        display: grid;
        gap: 2px;
        padding: 8px 0;
        border-bottom: 1px solid var(--_color-border);
        overflow-wrap: anywhere;
      }
      h3 {
        margin: 0;
        font-size: 0.9375rem;
      }
    `,
  ];

  readonly #form = new FormController(this);
  #timing: Timing = "at_renewal";

  constructor() {
    super();
    this.prices = [];
  }

  #label(id: string): string {
    const price = this.prices.find((p) => p.id === id);
    if (!price) return id;
    return `${this.formatMoney(price.unit_amount, price.currency, price.currency_exponent)} ${intervalText(price)} (version ${price.product_version})`;
  }

  #run(dryRun: boolean) {
    return call(
      this.signedIn.api.POST("/v1/products/{id}/migrate_subscribers", {
        params: { path: { id: this.productId } },
        body: { timing: this.#timing, proration_behavior: "none", dry_run: dryRun },
      }),
    );
  }

  #preview = (event: SubmitEvent) =>
    this.#form.submit(event, async (values) => {
      this.#timing = values.timing === "now" ? "now" : "at_renewal";
      this.report = await this.#run(true);
    });

  #migrate = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const count = this.report?.migrated.length ?? 0;
    if (count === 0 || this.#form.pending) return;
    const ok = await confirmAction(this, {
      title: `Migrate ${count} ${count === 1 ? "subscriber" : "subscribers"}?`,
      message:
        this.#timing === "now"
          ? `Their subscriptions switch to version ${this.version}'s prices now, without proration: the next invoice bills the new price.`
          : `Their subscriptions switch to version ${this.version}'s prices at their next renewal.`,
      confirmLabel: `Migrate ${count} ${count === 1 ? "subscriber" : "subscribers"}`,
      danger: false,
    });
    if (!ok) return;
    this.#form.reset();
    this.#form.pending = true;
    try {
      const report = await this.#run(false);
      this.report = report;
      this.emit("billing-admin-migrated", { report });
    } catch (error) {
      this.#form.showError(error, form);
    } finally {
      this.#form.pending = false;
      this.requestUpdate();
    }
  };

  #moves(report: Report) {
    const { migrated, skipped } = report;
    return html`${
      migrated.length
        ? html`<h3>${report.dry_run ? "Would move" : "Moved"} (${migrated.length})</h3>
          <ul class="moves" aria-label=${report.dry_run ? "Would move" : "Moved"}>
            ${migrated.map(
              (move) => html`<li><a href=${`/admin/subscriptions/${move.subscription}`}><code>${move.subscription}</code></a>
                <span>${this.#label(move.from_price)} → ${this.#label(move.to_price)}</span></li>`,
            )}
          </ul>`
        : html`<p class="notice">${report.dry_run ? "No subscriber would move: nothing to migrate." : "No subscriber moved."}</p>`
    }
    ${
      skipped.length
        ? html`<h3>Skipped (${skipped.length})</h3>
          <ul class="moves" aria-label="Skipped">
            ${skipped.map(
              (skip) => html`<li><a href=${`/admin/subscriptions/${skip.subscription}`}><code>${skip.subscription}</code></a>
                <span class="muted">${REASONS[skip.reason] ?? skip.reason}${skip.message ? ` ${skip.message}` : ""}</span></li>`,
            )}
          </ul>`
        : nothing
    }`;
  }

  #choose() {
    return html`<form @submit=${this.#preview} novalidate>
      <p>Subscribers of older versions keep their price until they are migrated. Migrating moves each one to the current
        version's price with the same billing period, in their currency.</p>
      ${field(this.#form, {
        name: "timing",
        label: "When",
        value: this.#timing,
        options: [
          { value: "at_renewal", label: "At their next renewal" },
          { value: "now", label: "Now (no proration: the next invoice bills the new price)" },
        ],
      })}
      ${formError(this.#form)}
      <div class="actions">
        <button class="button" type="button" @click=${() => this.emit("billing-admin-close", {})}>Cancel</button>
        <button class="button primary" type="submit" ?disabled=${this.#form.pending}>${this.#form.pending ? "Previewing…" : "Preview"}</button>
      </div>
    </form>`;
  }

  #review(report: Report) {
    const count = report.migrated.length;
    if (!report.dry_run)
      return html`<div class="body">
        <p class="notice" role="status">${count} ${count === 1 ? "subscriber was" : "subscribers were"} migrated
          ${report.timing === "now" ? "now" : "for their next renewal"}.</p>
        ${this.#moves(report)}
        <div class="actions"><button class="button primary" type="button" @click=${() => this.emit("billing-admin-close", {})}>Done</button></div>
      </div>`;
    return html`<form class="body" @submit=${this.#migrate} novalidate>
      <p class="muted">A preview: nothing has changed yet. Timing: ${report.timing === "now" ? "now" : "at their next renewal"}.</p>
      ${this.#moves(report)}
      ${formError(this.#form)}
      <div class="actions">
        <button class="button" type="button" @click=${() => (this.report = undefined)}>Back</button>
        ${
          count
            ? html`<button class="button primary" type="submit" ?disabled=${this.#form.pending}>
                ${this.#form.pending ? "Migrating…" : `Migrate ${count} ${count === 1 ? "subscriber" : "subscribers"}`}</button>`
            : nothing
        }
      </div>
    </form>`;
  }

  protected override render() {
    return html`<billing-dialog open label="Migrate subscribers" theme=${this.theme ?? this.session?.theme ?? "auto"}
      @billing-dialog-close=${() => this.emit("billing-admin-close", {})}>
      ${this.report ? this.#review(this.report) : this.#choose()}
    </billing-dialog>`;
  }
}
