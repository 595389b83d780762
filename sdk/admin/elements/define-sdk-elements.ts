// The SDK's own elements the admin shows (checkout, portal, pricing table, usage meter): defined by
// the pages that show them, on demand.
import "../../components/billing-checkout/define";
import "../../components/billing-portal/define";
import "../../components/billing-provider/define";
import "../../components/billing-usage-meter/define";
import "../../components/billing-pricing-table/define";
