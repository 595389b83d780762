import { createRouter, type Router } from "../../app/router";
import * as handlers from "./usage.handlers";
import * as routes from "./usage.routes";

// `batch` and `events` before any `{id}`-shaped path.
export const usageRouter: Router = createRouter()
  .openapi(routes.recordUsageBatch, handlers.recordBatch)
  .openapi(routes.listUsageEvents, handlers.events)
  .openapi(routes.recordUsage, handlers.record)
  .openapi(routes.listCustomerUsage, handlers.customerUsage);
