import { createRouter, type Router } from "../../app/router";
import * as handlers from "./entitlements.handlers";
import * as routes from "./entitlements.routes";

export const entitlementsRouter: Router = createRouter()
  .openapi(routes.checkEntitlement, handlers.check)
  .openapi(routes.listEntitlements, handlers.list)
  .openapi(routes.createCustomerGrant, handlers.createGrant)
  .openapi(routes.listCustomerGrants, handlers.listGrants)
  .openapi(routes.deleteCustomerGrant, handlers.deleteGrant)
  .openapi(routes.customerState, handlers.state);
