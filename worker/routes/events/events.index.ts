import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { withTenant } from "../../db/tenant";
import { getEvent, listEvents } from "../../domain/events/event-list";
import * as routes from "./events.routes";

export const eventsRouter: Router = createRouter()
  .openapi(routes.listEvents, async (c) => {
    const page = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) => listEvents(tx, c.req.valid("query")));
    return c.json(page, 200);
  })
  .openapi(routes.retrieveEvent, async (c) => {
    const event = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) => getEvent(tx, c.req.valid("param").id));
    return c.json(event, 200);
  });
