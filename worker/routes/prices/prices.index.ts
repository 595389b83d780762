import { createRouter, type Router } from "../../app/router";
import * as handlers from "./prices.handlers";
import * as routes from "./prices.routes";

export const pricesRouter: Router = createRouter()
  .openapi(routes.createPrice, handlers.create)
  .openapi(routes.listPrices, handlers.list)
  .openapi(routes.retrievePrice, handlers.retrieve)
  .openapi(routes.updatePrice, handlers.update);
