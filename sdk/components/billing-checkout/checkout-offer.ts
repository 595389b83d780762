import { html, type TemplateResult } from "lit";
import type { Pricing } from "../../client/client";
import { pickCurrency } from "../billing-pricing-table/pricing-model";
import type { SummaryFormat } from "./checkout-summary";

type Product = Pricing["products"][number];
type PriceEntry = NonNullable<Product["prices"][string]>[number];

/** A price as the public pricing document shows it, in one currency. */
export interface Offer {
  product: Product;
  price: PriceEntry;
  currency: string;
  /** The currency's exponent, from the pricing document (`currency_exponents`). */
  exponent: number;
}

/** The price in the pricing document, in `currency` if sold in it, else in the currency the pricing table shows first. */
export function findOffer(pricing: Pricing, price: string, currency: string | undefined): Offer | undefined {
  const first = pickCurrency(pricing, currency);
  for (const product of pricing.products) {
    const currencies = Object.keys(product.prices);
    for (const code of first && currencies.includes(first) ? [first, ...currencies] : currencies) {
      const entry = product.prices[code]?.find((candidate) => candidate.price === price);
      // The API lists the exponent of every currency the document uses.
      if (entry) return { product, price: entry, currency: code, exponent: pricing.currency_exponents[code] ?? 2 };
    }
  }
  return undefined;
}

/**
 * Nothing is charged and no card is asked for: a free recurring plan, or a trial that needs no card.
 * The API starts the subscription as soon as the session is created, so the element waits for the
 * customer's click before creating it (a page view must never subscribe anyone).
 */
export function needsNoCard(offer: Offer): boolean {
  const { price } = offer;
  if (price.type !== "recurring") return false;
  if (price.trial_period_days) return !price.trial_requires_payment_method;
  return price.unit_amount === 0;
}

/** When a trial that needs no card ends, were it started now. */
export function trialEndOf(offer: Offer): number | null {
  const days = offer.price.trial_period_days;
  return days ? Math.floor(Date.now() / 1000) + days * 86_400 : null;
}

/** The summary of an offer that needs no card, before its session exists. */
export function renderOffer(offer: Offer, quantity: number, format: SummaryFormat): TemplateResult {
  const { money, text } = format;
  const { price, product } = offer;
  const every = text.interval(price.interval ?? "month", price.interval_count ?? 1);
  const total = price.unit_amount * quantity;
  const trialEnd = trialEndOf(offer);
  return html`
    <ul part="line-items" class="lines">
      <li part="line-item" class="line">
        <span class="line-name">${product.name}${quantity > 1 ? html` <span class="muted">× ${quantity}</span>` : ""}
          <span class="line-note">${text.billedPer(every)}</span></span>
        <span class="amount">${money(total)}</span>
      </li>
    </ul>
    <dl part="totals" class="totals">
      <div class="row total" part="total"><dt>${text.dueToday}</dt><dd>${money(0)}</dd></div>
    </dl>
    <p part="terms" class="terms">
      ${trialEnd ? html`<strong>${text.trialUntil(format.date(trialEnd))}</strong><br />${text.thenEvery(money(total), every, format.date(trialEnd))}` : ""}
    </p>
  `;
}
