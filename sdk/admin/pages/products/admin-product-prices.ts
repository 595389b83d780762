import { Task } from "@lit/task";
import { html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { formStyles } from "../../elements/form.styles";
import { badge, pageLoading } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import { pricesStyles } from "./admin-product-prices.styles";
import { intervalText, loadCurrencies, type Price } from "./catalogue";
import { groupByVersion, priceAmounts, priceToRetire, type VersionGroup } from "./versions";

/**
 * A product's prices grouped by version (the current one, which new subscriptions get, first;
 * older ones kept by their subscribers until migrated), with adding a price in several currencies,
 * replacing one for new subscribers, archiving one, and migrating older versions' subscribers.
 *
 * @tagname billing-admin-product-prices
 */
export class AdminProductPrices extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    productId: { attribute: "product-id" },
    replacing: { state: true },
    migrating: { state: true },
  };
  declare productId: string;
  declare replacing: Price | undefined;
  declare migrating: boolean;

  static override styles = [tokenStyles, adminStyles, formStyles, pricesStyles];

  constructor() {
    super();
    this.migrating = false;
  }

  #notice: { text: string; tone: "notice" | "alert" } | undefined;
  /** A real migration ran: the versions' subscriptions changed, reload them once the dialog closes. */
  #migrated = false;

  #closeMigration() {
    this.migrating = false;
    if (!this.#migrated) return;
    this.#migrated = false;
    this.#data.run();
  }

  readonly #data = new Task(this, {
    task: async ([id]) => {
      const api = this.signedIn.api;
      const path = { id: id as string };
      const [product, prices, currencies, versions] = await Promise.all([
        call(api.GET("/v1/products/{id}", { params: { path } })),
        call(api.GET("/v1/prices", { params: { query: { product: id as string, limit: 100 } } })),
        loadCurrencies(api),
        call(api.GET("/v1/products/{id}/versions", { params: { path } })),
      ]);
      const live = new Map(versions.data.map((v) => [v.version, v.live_subscriptions]));
      return { product, prices: prices.data, currencies, live };
    },
    args: () => [this.productId],
  });

  #say(text: string, tone: "notice" | "alert" = "notice") {
    this.#notice = { text, tone };
    this.requestUpdate();
  }

  async #created(price: Price) {
    const replaced = this.replacing;
    this.replacing = undefined;
    const before = this.#data.value?.product.version;
    const forked = before !== undefined && price.product_version > before;
    const started = forked
      ? `Version ${price.product_version} started: new subscriptions get its prices; existing subscribers keep theirs until you migrate them.`
      : "";
    if (replaced) {
      try {
        const { data } = await call(this.signedIn.api.GET("/v1/prices", { params: { query: { product: this.productId, limit: 100 } } }));
        const old = priceToRetire(replaced, price, data);
        if (old) await call(this.signedIn.api.POST("/v1/prices/{id}", { params: { path: { id: old.id } }, body: { active: false } }));
        this.#say(`${started} The new price replaces the old one for new subscribers.`.trim());
      } catch (error) {
        this.#say(`The new price was added, but the old one could not be archived: ${errorMessage(error)} Archive it below.`, "alert");
      }
    } else this.#say(started || "Price added.");
    this.#data.run();
  }

  async #archive(price: Price) {
    const ok = await confirmAction(this, {
      title: "Archive this price?",
      message: "New customers can no longer choose it. Existing subscribers keep paying it.",
      confirmLabel: "Archive price",
      danger: true,
    });
    if (!ok) return;
    try {
      await call(this.signedIn.api.POST("/v1/prices/{id}", { params: { path: { id: price.id } }, body: { active: false } }));
      this.#say("Price archived.");
      this.#data.run();
    } catch (error) {
      this.#say(errorMessage(error), "alert");
    }
  }

  #price(price: Price, current: boolean, canWrite: boolean) {
    const [main, ...others] = priceAmounts(price);
    const name = `${this.formatMoney(main?.amount ?? 0, price.currency, main?.exponent ?? 2)} ${intervalText(price)}`;
    const trial = price.trial_period_days ? ` · ${price.trial_period_days}-day trial` : "";
    return html`<li>
      <span class="amounts">
        <span class="amount">${this.formatMoney(price.unit_amount, price.currency, price.currency_exponent)}</span>
        ${others.map((o) => html`<span class="amount">${this.formatMoney(o.amount, o.currency, o.exponent)}</span>`)}
        <span class="muted">${intervalText(price)}${trial}${price.nickname ? ` · ${price.nickname}` : ""}</span>
      </span>
      <span class="price-actions">
        ${price.active ? badge("Active", "success") : badge("Archived")}
        ${
          canWrite && price.active && current && price.recurring
            ? html`<button class="button quiet" type="button" aria-label=${`Replace ${name}`}
                @click=${() => (this.replacing = price)}>Replace</button>`
            : nothing
        }
        ${
          canWrite && price.active
            ? html`<button class="button quiet" type="button" aria-label=${`Archive ${name}`} @click=${() => this.#archive(price)}>Archive</button>`
            : nothing
        }
      </span>
    </li>`;
  }

  #version(group: VersionGroup, canWrite: boolean, live: Map<number, number>) {
    const id = `version-${group.version}`;
    const active = group.prices.filter((price) => price.active);
    const archived = group.prices.filter((price) => !price.active);
    return html`<section class="version" aria-labelledby=${id}>
      ${
        group.current
          ? html`<h3 id=${id}><span class="title">Version ${group.version}</span> ${badge("Current", "success")} ${this.#subscribers(live.get(group.version))}</h3>`
          : html`<h4 id=${id}><span class="title">Version ${group.version}</span> ${this.#subscribers(live.get(group.version))}</h4>`
      }
      <p class="muted">${
        group.current
          ? "New subscriptions get these prices."
          : "Subscribers who started on this version keep these prices until you migrate them."
      }</p>
      ${
        active.length
          ? html`<ul class="prices" aria-label=${`Version ${group.version} prices`}>
              ${active.map((price) => this.#price(price, group.current, canWrite))}</ul>`
          : html`<p class="muted">${group.current ? "No active price: the product is not for sale until it has one." : "No active price."}</p>`
      }
      ${
        archived.length
          ? html`<details>
              <summary>${archived.length} archived ${archived.length === 1 ? "price" : "prices"}</summary>
              <ul class="prices" aria-label=${`Version ${group.version} archived prices`}>
                ${archived.map((price) => this.#price(price, group.current, canWrite))}</ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  #subscribers(count: number | undefined) {
    if (count === undefined) return nothing;
    const text =
      count === 0 ? "no live subscriptions" : `${this.formatNumber(count)} live ${count === 1 ? "subscription" : "subscriptions"}`;
    return html`<span class="subscribers">· ${text}</span>`;
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("catalogue");
    const canMigrate = this.signedIn.canWrite("subscriptions");
    return html`<section class="card" aria-labelledby="prices-heading">
      <h2 id="prices-heading">Prices and versions</h2>
      ${this.#data.render({
        pending: () => pageLoading("Loading prices…"),
        error: (error) => html`<div role="alert"><p>${errorMessage(error)}</p>
          <button class="button" type="button" @click=${() => this.#data.run()}>Try again</button></div>`,
        complete: ({ product, prices, currencies, live }) => {
          const [current, ...older] = groupByVersion(prices, product.version) as [VersionGroup, ...VersionGroup[]];
          return html`<p class="muted">Changing the prices of a version that has subscribers starts a new version: new
              subscriptions get it, existing subscribers keep their price until you migrate them.</p>
            <div role="status">${this.#notice ? html`<p class=${this.#notice.tone}>${this.#notice.text}</p>` : nothing}</div>
            ${this.#version(current, canWrite, live)}
            ${
              older.length
                ? html`<div class="version-head">
                    <h3>Older versions</h3>
                    ${
                      canMigrate
                        ? html`<button class="button" type="button" @click=${() => (this.migrating = true)}>Migrate subscribers to version ${product.version}…</button>`
                        : nothing
                    }
                  </div>
                  ${older.map((group) => this.#version(group, canWrite, live))}`
                : nothing
            }
            ${
              canWrite
                ? html`<billing-admin-price-form product-id=${this.productId} .currencies=${currencies} .replacing=${this.replacing}
                    @billing-admin-price-created=${(event: CustomEvent<{ price: Price }>) => this.#created(event.detail.price)}
                    @billing-admin-close=${() => (this.replacing = undefined)}></billing-admin-price-form>`
                : nothing
            }
            ${
              this.migrating
                ? html`<billing-admin-migrate-subscribers product-id=${this.productId} .version=${product.version} .prices=${prices}
                    @billing-admin-migrated=${() => (this.#migrated = true)}
                    @billing-admin-close=${() => this.#closeMigration()}></billing-admin-migrate-subscribers>`
                : nothing
            }`;
        },
      })}
    </section>`;
  }
}
