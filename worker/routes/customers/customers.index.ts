import { createRouter, type Router } from "../../app/router";
import * as handlers from "./customers.handlers";
import * as routes from "./customers.routes";

// `upsert` before `{id}` so it is not read as a customer id.
export const customersRouter: Router = createRouter()
  .openapi(routes.upsertCustomer, handlers.upsert)
  .openapi(routes.createCustomer, handlers.create)
  .openapi(routes.listCustomers, handlers.list)
  .openapi(routes.retrieveCustomer, handlers.retrieve)
  .openapi(routes.customerTimeline, handlers.timeline)
  .openapi(routes.updateCustomer, handlers.update)
  .openapi(routes.deleteCustomer, handlers.remove);
