import { createRouter, type Router } from "../../app/router";
import * as handlers from "./organizations.handlers";
import * as routes from "./organizations.routes";

export const organizationsRouter: Router = createRouter()
  .openapi(routes.createOrganization, handlers.create)
  .openapi(routes.listOrganizations, handlers.list)
  .openapi(routes.retrieveOrganization, handlers.retrieve)
  .openapi(routes.updateOrganization, handlers.update)
  .openapi(routes.deleteOrganization, handlers.remove);
