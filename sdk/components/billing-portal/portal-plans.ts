import type { Pricing, Subscription } from "../../client/client";

type Product = Pricing["products"][number];
type Option = Product["prices"][string][number];

/** One recurring price a subscription could switch to, named by its product. */
export interface PlanOption {
  price: string;
  product: Product;
  option: Option;
}

/** The product that sells `price`, from the public pricing document. */
export function productOf(pricing: Pricing | undefined, price: string | null): Product | undefined {
  if (!pricing || !price) return undefined;
  return pricing.products.find((product) => Object.values(product.prices).some((options) => options.some((o) => o.price === price)));
}

/**
 * The prices a subscription may move to: the recurring prices of the public pricing in the
 * subscription's currency (the API refuses other currencies), in the pricing's order, its current price included.
 */
export function planOptions(pricing: Pricing | undefined, sub: Subscription): PlanOption[] {
  if (!pricing) return [];
  return pricing.products.flatMap((product) =>
    (product.prices[sub.currency] ?? [])
      .filter((option) => option.type === "recurring")
      .map((option) => ({ price: option.price, product, option })),
  );
}
