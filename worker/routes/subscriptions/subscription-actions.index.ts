import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import type { BillingContext } from "../../domain/billing-context";
import * as actions from "../../domain/subscriptions/subscription-actions";
import { applyChange, previewChange } from "../../domain/subscriptions/subscription-changes";
import { subscriptionObject } from "../../domain/subscriptions/subscription-list";
import type { SubscriptionRow } from "../../domain/subscriptions/subscription-objects";
import * as routes from "./subscription-actions.routes";

const shown = (billing: BillingContext, row: SubscriptionRow) => billing.inTenant((tx) => subscriptionObject(tx, row));

export const subscriptionActionsRouter: Router = createRouter()
  .openapi(routes.retrieveSubscription, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await billing.inTenant((tx) => actions.visibleSubscription(tx, billing, c.req.valid("param").id));
    return c.json(await shown(billing, row), 200);
  })
  .openapi(routes.previewChange, async (c) => {
    const billing = await requestContext(c).billing();
    return c.json(await previewChange(billing, c.req.valid("param").id, c.req.valid("json")), 200);
  })
  .openapi(routes.changeSubscription, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await actions.actOnSubscription(billing, c.req.valid("param").id, "change", applyChange(billing, c.req.valid("json")));
    return c.json(await shown(billing, row), 200);
  })
  .openapi(routes.cancelSubscription, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await actions.actOnSubscription(billing, c.req.valid("param").id, "cancel", actions.cancel(billing, c.req.valid("json")));
    return c.json(await shown(billing, row), 200);
  })
  .openapi(routes.undoCancel, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await actions.actOnSubscription(billing, c.req.valid("param").id, "undo_cancel", actions.undoCancel(billing));
    return c.json(await shown(billing, row), 200);
  })
  .openapi(routes.pauseSubscription, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await actions.actOnSubscription(billing, c.req.valid("param").id, "pause", actions.pause(billing, c.req.valid("json")));
    return c.json(await shown(billing, row), 200);
  })
  .openapi(routes.resumeSubscription, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await actions.actOnSubscription(billing, c.req.valid("param").id, "resume", actions.resume(billing));
    return c.json(await shown(billing, row), 200);
  });
