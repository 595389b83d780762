import { LIGHT, SHAPE } from "./tokens";

/** The subset of Stripe Elements' `appearance` option BillingOS sets (https://docs.stripe.com/elements/appearance-api). */
export interface StripeAppearance {
  theme: "stripe" | "night";
  variables: {
    colorPrimary: string;
    colorBackground: string;
    colorText: string;
    colorTextSecondary: string;
    colorDanger: string;
    fontFamily: string;
    borderRadius: string;
    spacingUnit: string;
  };
}

/** The default (light) appearance, matching the elements' default tokens. */
export const appearance: StripeAppearance = {
  theme: "stripe",
  variables: {
    colorPrimary: LIGHT["color-accent"],
    colorBackground: LIGHT["color-background"],
    colorText: LIGHT["color-text"],
    colorTextSecondary: LIGHT["color-text-muted"],
    colorDanger: LIGHT["color-danger"],
    fontFamily: SHAPE["font-family"],
    borderRadius: SHAPE["radius-control"],
    spacingUnit: SHAPE.space,
  },
};

/**
 * The appearance of `element` as the page themed it: reads the resolved `--_…` tokens of a BillingOS
 * element, so Stripe's Payment Element (an iframe, which CSS cannot reach) matches the rest.
 */
export function stripeAppearance(element: Element): StripeAppearance {
  const style = getComputedStyle(element);
  const read = (token: string, fallback: string) => style.getPropertyValue(`--_${token}`).trim() || fallback;
  const v = appearance.variables;
  return {
    theme: style.colorScheme === "dark" ? "night" : "stripe",
    variables: {
      colorPrimary: read("color-accent", v.colorPrimary),
      colorBackground: read("color-background", v.colorBackground),
      colorText: read("color-text", v.colorText),
      colorTextSecondary: read("color-text-muted", v.colorTextSecondary),
      colorDanger: read("color-danger", v.colorDanger),
      fontFamily: read("font-family", v.fontFamily),
      borderRadius: read("radius-control", v.borderRadius),
      spacingUnit: read("space", v.spacingUnit),
    },
  };
}
