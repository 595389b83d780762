import { createRouter, type Router } from "../../app/router";
import * as handlers from "./webhook-endpoints.handlers";
import * as routes from "./webhook-endpoints.routes";

export const webhookEndpointsRouter: Router = createRouter()
  .openapi(routes.createEndpoint, handlers.create)
  .openapi(routes.listEndpoints, handlers.list)
  .openapi(routes.retrieveEndpoint, handlers.retrieve)
  .openapi(routes.updateEndpoint, handlers.update)
  .openapi(routes.deleteEndpoint, handlers.remove)
  .openapi(routes.rotateSecret, handlers.rotate)
  .openapi(routes.sendTest, handlers.sendTest)
  .openapi(routes.replayFailed, handlers.replay)
  .openapi(routes.listMessages, handlers.listMessages)
  .openapi(routes.retrieveMessage, handlers.retrieveMessage)
  .openapi(routes.retryMessage, handlers.retryMessage)
  .openapi(routes.getSettings, handlers.getSettings)
  .openapi(routes.updateSettings, handlers.updateSettings);
