import { createRouter, type Router } from "../../app/router";
import * as handlers from "./pricing.handlers";
import * as routes from "./pricing.routes";

// CORS for the organisation's allowed origins is applied to every browser principal by the app shell.
export const pricingRouter: Router = createRouter().openapi(routes.getPricing, handlers.get);
