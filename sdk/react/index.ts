// `@billingos/sdk/react`: React components for the tags, made with `@lit/react`, for React 18 (which
// sets every prop as a string attribute and cannot listen to custom events). Properties are set as
// properties and each event becomes an `on…` prop: `billing-checkout-complete` →
// `onBillingCheckoutComplete`. React 19 needs none of this: use the tags with `@billingos/sdk/react/jsx`.
import { createComponent, type EventName } from "@lit/react";
import React from "react";
import { BillingCheckout as BillingCheckoutElement } from "../components/billing-checkout/billing-checkout";
import "../components/billing-checkout/define";
import { BillingDialog as BillingDialogElement } from "../components/billing-dialog/define";
import { BillingFeatureGate as BillingFeatureGateElement } from "../components/billing-feature-gate/define";
import { BillingPortal as BillingPortalElement } from "../components/billing-portal/billing-portal";
import "../components/billing-portal/define";
import { BillingPricingTable as BillingPricingTableElement } from "../components/billing-pricing-table/define";
import { BillingProvider as BillingProviderElement } from "../components/billing-provider/define";
import { BillingUsageMeter as BillingUsageMeterElement } from "../components/billing-usage-meter/define";
import type { BillingTag, ElementOf, EventOf, ListenedEventsOf, Pascal } from "../frameworks/element-props";
import { elementEvents } from "../frameworks/elements.generated";

type ReactEvents<Tag extends BillingTag> = { [Name in ListenedEventsOf<Tag> as `on${Pascal<Name>}`]: EventName<EventOf<Name>> };

/** A tag's own events; the provider hears every element's (see ListenedEventsOf). */
const listenedEvents = (tag: BillingTag): readonly string[] =>
  tag === "billing-provider" ? [...new Set(Object.values(elementEvents).flat())] : elementEvents[tag];

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

/** The React component for one tag; its events come from custom-elements.json, so a new element is its line below (and its entry in `components`). */
function wrap<Tag extends BillingTag>(tagName: Tag, elementClass: new () => ElementOf<Tag>) {
  const events = Object.fromEntries(listenedEvents(tagName).map((name) => [`on${pascal(name)}`, name])) as ReactEvents<Tag>;
  return createComponent({ react: React, tagName, elementClass, events, displayName: pascal(tagName) });
}

export const BillingProvider = wrap("billing-provider", BillingProviderElement);
export const BillingPricingTable = wrap("billing-pricing-table", BillingPricingTableElement);
export const BillingCheckout = wrap("billing-checkout", BillingCheckoutElement);
export const BillingDialog = wrap("billing-dialog", BillingDialogElement);
export const BillingPortal = wrap("billing-portal", BillingPortalElement);
export const BillingUsageMeter = wrap("billing-usage-meter", BillingUsageMeterElement);
export const BillingFeatureGate = wrap("billing-feature-gate", BillingFeatureGateElement);

/** The components by tag. Typed against the generated table: a tag without its line above fails the type check. */
export const components = {
  "billing-provider": BillingProvider,
  "billing-pricing-table": BillingPricingTable,
  "billing-checkout": BillingCheckout,
  "billing-dialog": BillingDialog,
  "billing-portal": BillingPortal,
  "billing-usage-meter": BillingUsageMeter,
  "billing-feature-gate": BillingFeatureGate,
} satisfies { [Tag in BillingTag]: unknown };
