import type Stripe from "stripe";

/**
 * Stripe sends decimal fields (`unit_amount_decimal`, `quantity_decimal`) as strings on the wire and the
 * SDK wraps them in its Decimal type when it reads a response; the emulator stores the wire form.
 */
export const wireDecimal = (value: string | number): Stripe.Decimal => String(value) as unknown as Stripe.Decimal;
