import { createRouter, type Router } from "../../app/router";
import * as handlers from "./connect.handlers";
import * as routes from "./connect.routes";

export const connectRouter: Router = createRouter()
  .openapi(routes.createAccount, handlers.create)
  .openapi(routes.retrieveAccount, handlers.retrieve)
  .openapi(routes.createOnboardingLink, handlers.onboardingLink)
  .openapi(routes.createDashboardLink, handlers.dashboardLink)
  .openapi(routes.updatePayoutSchedule, handlers.payoutSchedule);
