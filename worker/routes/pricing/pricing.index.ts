import { createRouter, type Router } from "../../app/create-app";
import { allowedOrigins } from "../../app/middleware/cors";
import * as handlers from "./pricing.handlers";
import * as routes from "./pricing.routes";

export const pricingRouter: Router = createRouter();
pricingRouter.use(routes.getPricing.path, allowedOrigins());
pricingRouter.openapi(routes.getPricing, handlers.get);
