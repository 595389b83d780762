// `import type {} from "@billingos/sdk/react/jsx"`: typed JSX for the tags in React 19, which sets
// properties on custom elements and listens to their events itself. React 19 takes the event name
// after `on` as written, so a listener is `onbilling-checkout-complete={…}` (React 18 cannot do
// either: use the wrappers from `@billingos/sdk/react` there).
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { AttributesOf, BillingTag, ElementOf, EventOf, ListenedEventsOf, PropertiesOf } from "./element-props";

type ReactEvents<Tag extends BillingTag> = { [Name in ListenedEventsOf<Tag> as `on${Name}`]?: (event: EventOf<Name>) => void };

type ReactBillingElements = {
  [Tag in BillingTag]: DetailedHTMLProps<HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>> &
    PropertiesOf<Tag> &
    AttributesOf<Tag> &
    ReactEvents<Tag>;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends ReactBillingElements {}
  }
}
