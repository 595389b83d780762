// What every framework typing shares: a tag's properties (typed from its class), its attributes and
// the type of each event it emits, all derived from the generated table (custom-elements.json).
import type { BillingElementTypes } from "./elements.generated";

export type { BillingElementTypes };
export type BillingTag = keyof BillingElementTypes;
export type ElementOf<Tag extends BillingTag> = BillingElementTypes[Tag]["element"];
export type EventsOf<Tag extends BillingTag> = BillingElementTypes[Tag]["events"];

/**
 * The events a listener on the tag hears: its own and, on <billing-provider>, those of every element
 * inside it (they bubble and cross shadow roots), e.g. `billing-checkout-complete` from the checkout
 * the pricing table opens.
 */
export type ListenedEventsOf<Tag extends BillingTag> = Tag extends "billing-provider" ? EventsOf<BillingTag> : EventsOf<Tag>;

/** The event object a listener gets: typed where the SDK declares it in HTMLElementEventMap. */
export type EventOf<Name extends string> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent<unknown>;

/** Public properties, with the class's own types (frameworks set these as properties once the tag is defined). */
export type PropertiesOf<Tag extends BillingTag> = {
  [Name in BillingElementTypes[Tag]["properties"] & keyof ElementOf<Tag>]?: ElementOf<Tag>[Name];
};

/** Attributes as written in markup (`publishable-key="pk_…"`). */
export type AttributesOf<Tag extends BillingTag> = { [Name in BillingElementTypes[Tag]["attributes"]]?: string | number | boolean | null };

/** `billing-checkout-complete` → `BillingCheckoutComplete`. */
export type Pascal<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<Name>;
