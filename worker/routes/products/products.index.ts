import { createRouter, type Router } from "../../app/router";
import * as handlers from "./products.handlers";
import * as routes from "./products.routes";

export const productsRouter: Router = createRouter()
  .openapi(routes.createProduct, handlers.create)
  .openapi(routes.listProducts, handlers.list)
  .openapi(routes.retrieveProduct, handlers.retrieve)
  .openapi(routes.updateProduct, handlers.update)
  .openapi(routes.deleteProduct, handlers.remove);
