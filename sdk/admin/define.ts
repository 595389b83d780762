// Registers every admin element: the first load's (define-first.ts) and each page folder's, which the
// app itself loads on demand (pages/index.ts). Tests import this to have them all.
import "./define-first";
import "./elements/define-charts";
import "./elements/define-sdk-elements";
import "./pages/home/define";
import "./pages/customers/define";
import "./pages/subscriptions/define";
import "./pages/products/define";
import "./pages/api-keys/define";
import "./pages/team/define";
import "./pages/settings/define";
import "./pages/fees/define";
import "./pages/analytics/define";
import "./pages/webhooks/define";
