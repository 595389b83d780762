import { createRouter, type Router } from "../../app/router";
import * as handlers from "./checkout-sessions.handlers";
import * as routes from "./checkout-sessions.routes";

export const checkoutSessionsRouter: Router = createRouter()
  .openapi(routes.createCheckoutSession, handlers.create)
  .openapi(routes.getCheckoutSession, handlers.retrieve);
