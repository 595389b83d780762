import { createRouter, type Router } from "../../app/router";
import * as handlers from "./catalogue.handlers";
import * as routes from "./catalogue.routes";

export const catalogueRouter: Router = createRouter()
  .openapi(routes.listCurrencies, handlers.currencies)
  .openapi(routes.exportCatalogue, handlers.exportAll)
  .openapi(routes.importCatalogue, handlers.importAll)
  .openapi(routes.copyToLive, handlers.copyToLive)
  .openapi(routes.syncCatalogue, handlers.sync);
