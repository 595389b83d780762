import type { Context } from "hono";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import * as clocks from "../../domain/test-clocks";
import type { AppEnv } from "../../shared/env";
import * as routes from "./test-clocks.routes";

/** Live mode is refused first, whether or not a live Stripe account exists yet. */
async function testModeBilling(c: Context<AppEnv>) {
  const request = requestContext(c);
  clocks.assertTestMode(request);
  return request.billing();
}

export const testClocksRouter: Router = createRouter()
  .openapi(routes.createTestClock, async (c) => {
    const clock = await clocks.createTestClock(await testModeBilling(c), c.req.valid("json"));
    return c.json(clocks.serializeTestClock(clock), 201);
  })
  .openapi(routes.retrieveTestClock, async (c) => {
    const clock = await clocks.retrieveTestClock(await testModeBilling(c), c.req.valid("param").id);
    return c.json(clocks.serializeTestClock(clock), 200);
  })
  .openapi(routes.advanceTestClock, async (c) => {
    const { id } = c.req.valid("param");
    const clock = await clocks.advanceTestClock(await testModeBilling(c), id, c.req.valid("json").frozen_time);
    return c.json(clocks.serializeTestClock(clock), 200);
  });
