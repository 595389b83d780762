// One plan card: name, price for the chosen interval and currency, trial and saving notes, the seat
// selector for per-seat plans, the call to action and the plan's features. Every merchant string is
// a text binding (never markup).
import { html, nothing, type TemplateResult } from "lit";
import type { PricingTableMessages } from "./billing-pricing-table.messages";
import type { FeatureRow, PriceOption, Product } from "./pricing-model";

export interface CardView {
  product: Product;
  option: PriceOption;
  currency: string;
  saving: { amount: number; percent: number } | undefined;
  perSeat: boolean;
  seats: number;
  /** The signed-in customer is on this product. */
  current: boolean;
  /** The customer's subscription when they are on another plan (the choice is then a plan change). */
  subscription: string | null;
}

export interface CardContext {
  t: PricingTableMessages;
  money: (amount: number, currency: string) => string;
  number: (value: number) => string;
  features: FeatureRow[];
  onSelect: (card: CardView) => void;
  onSeats: (product: string, seats: number) => void;
}

export const MAX_SEATS = 10000;

const check = html`<svg class="check" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3.5 8.5l3 3 6-7" /></svg>`;

export function planCard(card: CardView, context: CardContext): TemplateResult {
  const { product } = card;
  const { t } = context;
  const id = `plan-${product.id}`;
  const parts = ["plan", product.highlighted ? "plan-highlighted" : "", card.current ? "plan-current" : ""].filter(Boolean).join(" ");
  return html`<li class="plan ${product.highlighted ? "highlighted" : ""} ${card.current ? "current" : ""}" part=${parts}>
    <article aria-labelledby=${id}>
      <div class="head">
        <h3 id=${id} part="plan-name">${product.name}</h3>
        ${
          card.current
            ? html`<span class="badge current" part="badge">${t.currentPlan}</span>`
            : product.highlighted
              ? html`<span class="badge" part="badge">${t.popular}</span>`
              : nothing
        }
      </div>
      ${product.description ? html`<p class="description" part="plan-description">${product.description}</p>` : html`<span></span>`}
      <div class="pricing">${price(card, context)} ${seatSelector(card, context)}</div>
      <div class="cta">
        <slot name=${`cta-${product.id}`}>${callToAction(card, context)}</slot>
      </div>
      ${featureList(card, context)}
      <div class="footer"><slot name=${`footer-${product.id}`} part="plan-footer"></slot></div>
    </article>
  </li>`;
}

function price(card: CardView, { t, money }: CardContext): TemplateResult {
  const { option, currency } = card;
  const amount = option.unit_amount === 0 ? t.free : money(option.unit_amount, currency);
  const per =
    option.type === "one_time" || !option.interval
      ? t.oneTime
      : option.interval_count && option.interval_count > 1
        ? t.everyN(option.interval_count, option.interval)
        : t.perInterval[option.interval];
  const notes: string[] = [];
  if (card.perSeat && option.unit_amount > 0) notes.push(t.perSeat);
  if (option.interval === "year" && card.saving) notes.push(t.savePerYear(money(card.saving.amount, currency)));
  const trial = option.trial_period_days
    ? html`<p class="trial" part="trial">
        ${t.trial(option.trial_period_days)}${option.trial_requires_payment_method ? nothing : html` · ${t.trialNoCard}`}
      </p>`
    : nothing;
  return html`<div class="price" part="price">
      <span class="amount" part="amount">${amount}</span>
      ${option.unit_amount === 0 ? nothing : html`<span class="per" part="interval">${per}</span>`}
    </div>
    ${notes.length ? html`<p class="note" part="price-note">${notes.join(" · ")}</p>` : nothing} ${trial}`;
}

function seatSelector(card: CardView, { t, money, number, onSeats }: CardContext): TemplateResult | typeof nothing {
  if (!card.perSeat || card.option.unit_amount === 0) return nothing;
  const id = `seats-${card.product.id}`;
  const set = (value: number) => onSeats(card.product.id, Math.min(MAX_SEATS, Math.max(1, Math.trunc(value) || 1)));
  return html`<div class="seats" part="seats">
    <label for=${id}>${t.seats}</label>
    <div class="stepper">
      <button type="button" aria-label=${t.fewerSeats} ?disabled=${card.seats <= 1} @click=${() => set(card.seats - 1)}>−</button>
      <input id=${id} type="number" inputmode="numeric" min="1" max=${MAX_SEATS} .value=${String(card.seats)}
        @change=${(event: Event) => set(Number((event.target as HTMLInputElement).value))} />
      <button type="button" aria-label=${t.moreSeats} ?disabled=${card.seats >= MAX_SEATS} @click=${() => set(card.seats + 1)}>+</button>
    </div>
    <output for=${id} class="total" part="seats-total" aria-live="polite">${t.totalFor(card.seats, number(card.seats), money(card.option.unit_amount * card.seats, card.currency))}</output>
  </div>`;
}

function callToAction(card: CardView, { t, onSelect }: CardContext): TemplateResult {
  const label = card.current
    ? t.currentPlan
    : card.subscription
      ? t.switchPlan
      : card.option.type === "one_time"
        ? t.buyOnce
        : card.option.trial_period_days
          ? t.startTrial(card.option.trial_period_days)
          : t.choose;
  const primary = card.product.highlighted && !card.current;
  return html`<button type="button" class="button ${primary ? "primary" : ""}" part="cta" ?disabled=${card.current}
    aria-describedby=${`plan-${card.product.id}`} @click=${() => onSelect(card)}>${label}</button>`;
}

/** Feature text for a card (the comparison table has its own, shorter, cells). */
export function featureText(
  feature: FeatureRow,
  product: string,
  currency: string,
  { t, money, number }: CardContext,
): TemplateResult | undefined {
  const grant = feature.values[product];
  if (!grant) return undefined;
  const { value } = grant;
  if (feature.type === "boolean" || value === true) return html`${feature.name}`;
  if (value === "unlimited") return html`${t.unlimitedFeature(feature.name)}`;
  if (feature.type === "limit") return html`${t.limit(number(value), feature.name)}`;
  const overage = grant.overage_unit_amounts?.[currency];
  return html`${t.quota(number(value), feature.name)}${
    overage === undefined
      ? nothing
      : html`<span class="overage">${t.overage(money(overage, currency), feature.unit_label ?? feature.name)}</span>`
  }`;
}

function featureList(card: CardView, context: CardContext): TemplateResult {
  const rows = context.features.flatMap((feature) => {
    const text = featureText(feature, card.product.id, card.currency, context);
    return text ? [html`<li part="feature">${check}<span>${text}</span></li>`] : [];
  });
  const marketing = card.product.marketing_features.map((text) => html`<li part="feature">${check}<span>${text}</span></li>`);
  return html`<ul class="features" part="features" role="list">
    ${rows}${marketing}<slot name=${`features-${card.product.id}`}></slot>
  </ul>`;
}
