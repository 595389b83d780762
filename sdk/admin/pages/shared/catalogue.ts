import type { components } from "../../../client/openapi";
import { type AdminClient, call } from "../../session/admin-api";

export type Product = components["schemas"]["Product"];
export type Price = components["schemas"]["Price"];

/** The products and prices of the organisation (first 100 of each), to name plans and fill plan filters. */
export interface Catalogue {
  products: Product[];
  prices: Price[];
}

export async function loadCatalogue(api: AdminClient): Promise<Catalogue> {
  const [products, prices] = await Promise.all([
    call(api.GET("/v1/products", { params: { query: { limit: 100 } } })),
    call(api.GET("/v1/prices", { params: { query: { limit: 100 } } })),
  ]);
  return { products: products.data, prices: prices.data };
}

/** The plan filter's options: "Any plan", then each product (only "Any plan" while the catalogue is missing). */
export function planOptions(catalogue: Catalogue | undefined): Array<{ value: string; label: string }> {
  return [{ value: "", label: "Any plan" }, ...(catalogue?.products ?? []).map((p) => ({ value: p.id, label: p.name }))];
}

/** "Pro" for a price of the Pro product (the product's name), else the price's nickname or id. */
export function planName(catalogue: Catalogue | undefined, productId: string | null, priceId: string | null): string {
  const product = catalogue?.products.find((p) => p.id === productId);
  if (product) return product.name;
  const price = catalogue?.prices.find((p) => p.id === priceId);
  return price?.nickname ?? priceId ?? productId ?? "—";
}

/** "Pro · monthly" style label of a price, for plan pickers. */
export function priceLabel(
  catalogue: Catalogue,
  price: Price,
  format: (amount: number, currency: string, exponent: number) => string,
): string {
  const product = catalogue.products.find((p) => p.id === price.product);
  const recurring = price.recurring as { interval?: string; interval_count?: number } | null;
  const every = recurring?.interval
    ? ` / ${recurring.interval_count && recurring.interval_count > 1 ? `${recurring.interval_count} ` : ""}${recurring.interval}`
    : "";
  return `${product?.name ?? price.product}${price.nickname ? ` (${price.nickname})` : ""} · ${format(price.unit_amount, price.currency, price.currency_exponent)}${every}`;
}
