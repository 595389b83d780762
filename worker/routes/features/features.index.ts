import { createRouter, type Router } from "../../app/router";
import * as handlers from "./features.handlers";
import * as routes from "./features.routes";

export const featuresRouter: Router = createRouter()
  .openapi(routes.createFeature, handlers.create)
  .openapi(routes.listFeatures, handlers.list)
  .openapi(routes.retrieveFeature, handlers.retrieve)
  .openapi(routes.updateFeature, handlers.update)
  .openapi(routes.deleteFeature, handlers.remove);
