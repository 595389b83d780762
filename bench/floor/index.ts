// The floor of every bench figure: a bare Hono worker, one JSON route, no middleware, served by the
// same `wrangler dev` as the API (bench/floor.ts starts it). What a request costs before BillingOS
// does anything is the API's figure minus this one.
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.json({ ok: true }));

export default app;
