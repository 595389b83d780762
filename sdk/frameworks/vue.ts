// `import type {} from "@billingos/sdk/vue"`: the tags typed for Vue templates (vue-tsc, Volar).
// Vue must also be told they are custom elements, in the app's Vite config:
// `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("billing-") } } })`.
// Listeners are `@billing-checkout-complete="…"`; `:fetch-session.prop` sets a property.
import type { DefineComponent } from "vue";
import type { AttributesOf, BillingTag, EventOf, ListenedEventsOf, Pascal, PropertiesOf } from "./element-props";

type VueEvents<Tag extends BillingTag> = { [Name in ListenedEventsOf<Tag> as `on${Pascal<Name>}`]?: (event: EventOf<Name>) => void };

type VueBillingElements = { [Tag in BillingTag]: DefineComponent<PropertiesOf<Tag> & AttributesOf<Tag> & VueEvents<Tag>> };

declare module "vue" {
  interface GlobalComponents extends VueBillingElements {}
}
