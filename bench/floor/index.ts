// The floor of every bench figure: a bare Hono worker, one JSON route, no middleware, served by the
// same `wrangler dev` as the API (bench/floor.ts starts it). What a request costs before BillingOS
// does anything is the API's figure minus this one. The route sits under /v1/ so that, with the
// API's assets block (wrangler.assets.jsonc), it takes the same path through the asset router as
// an API request.
import { Hono } from "hono";

const app = new Hono();
app.get("/v1/floor", (c) => c.json({ ok: true }));

export default app;
