import { stripeJsRoutes } from "../stripejs/routes";
import { connectPageRoutes } from "./connect";
import { controlRoutes } from "./control";
import { faultRoutes } from "./faults";
import { invoicePageRoutes } from "./invoices";
import { PageRouter } from "./page-router";
import { threeDSecureRoutes } from "./three-d-secure";

export type { PageContext } from "./page-router";

export function pageRoutes(): PageRouter {
  return new PageRouter([
    ...controlRoutes,
    ...faultRoutes,
    ...threeDSecureRoutes,
    ...connectPageRoutes,
    ...invoicePageRoutes,
    ...stripeJsRoutes,
  ]);
}
