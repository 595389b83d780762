import { createRouter, type Router } from "../../app/router";
import * as handlers from "./plan-grants.handlers";
import * as routes from "./plan-grants.routes";

export const planGrantsRouter: Router = createRouter()
  .openapi(routes.createGrant, handlers.create)
  .openapi(routes.listGrants, handlers.list)
  .openapi(routes.updateGrant, handlers.update)
  .openapi(routes.deleteGrant, handlers.remove);
