import { createRouter, type Router } from "../../app/router";
import * as handlers from "./api-keys.handlers";
import * as routes from "./api-keys.routes";

export const apiKeysRouter: Router = createRouter()
  .openapi(routes.createApiKey, handlers.create)
  .openapi(routes.listApiKeys, handlers.list)
  .openapi(routes.rollApiKey, handlers.roll)
  .openapi(routes.revokeApiKey, handlers.revoke);
