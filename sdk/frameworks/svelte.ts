// `import type {} from "@billingos/sdk/svelte"`: the tags typed for Svelte 5 markup (svelte-check).
// Svelte 5 sets a defined element's properties and takes the event name after `on` as written, so a
// listener is `onbilling-checkout-complete={…}`.
import type { HTMLAttributes } from "svelte/elements";
import type { AttributesOf, BillingTag, ElementOf, EventOf, ListenedEventsOf, PropertiesOf } from "./element-props";

type SvelteEvents<Tag extends BillingTag> = { [Name in ListenedEventsOf<Tag> as `on${Name}`]?: (event: EventOf<Name>) => void };

type SvelteBillingElements = {
  [Tag in BillingTag]: HTMLAttributes<ElementOf<Tag>> & PropertiesOf<Tag> & AttributesOf<Tag> & SvelteEvents<Tag>;
};

declare module "svelte/elements" {
  interface SvelteHTMLElements extends SvelteBillingElements {}
}
