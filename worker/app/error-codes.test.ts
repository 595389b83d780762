import { env } from "cloudflare:workers";
import { createRoute, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../routes/docs/docs.index";
import { type ErrorCode, type ErrorStatus, isErrorCode, statusesOf } from "../shared/error-codes";
import { declaredErrors, errorResponses } from "../shared/error-schema";
import { ApiError, InvalidRequestError } from "../shared/errors";
import { createApp } from "./create-app";
import { buildApp } from "./routes";

type Schema = { $ref?: string; allOf?: Schema[]; properties?: Record<string, Schema>; enum?: string[] };
type Operation = { responses: Record<string, { content?: Record<string, { schema: Schema }> }> };

/** The `code` enum of an error response: the second part of its allOf (the first is the shared `Error`). */
const codeEnum = (schema: Schema) => schema.allOf?.[1]?.properties?.error?.properties?.code?.enum;

/** A throwaway app whose one route declares `feature_in_use` and answers whatever `?code=` names. */
function appThatAnswers() {
  const app = createApp();
  const route = createRoute({
    method: "get",
    path: "/answer/{kind}",
    request: { params: z.object({ kind: z.string() }) },
    responses: { 200: { description: "ok" }, ...errorResponses("get", "/answer/{kind}", ["feature_in_use"]) },
  });
  app.openapi(route, (c) => {
    const kind = c.req.valid("param").kind;
    if (kind === "declared") throw new ApiError(409, "invalid_request_error", "feature_in_use", "Declared.");
    if (kind === "undeclared") throw new ApiError(409, "invalid_request_error", "already_subscribed", "Not declared here.");
    // A code the registry answers with 409 only, sent with 400.
    throw new InvalidRequestError("feature_in_use", "Wrong status.");
  });
  return app;
}

const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
const answer = (kind: string, bindings: Partial<Env> = env) =>
  appThatAnswers().fetch(new Request(`http://x/answer/${kind}`), bindings as Env, ctx);

describe("error codes: a closed list, declared per route", () => {
  it("documents every error response of every operation with the enum of its codes, each answered with that status", () => {
    const document = openApiDocument(buildApp()) as unknown as { paths: Record<string, Record<string, Operation>> };
    let checked = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400 || path === "/health") continue;
          const codes = codeEnum(response.content?.["application/json"]?.schema ?? {});
          expect(codes, `${method.toUpperCase()} ${path} ${status} lists no codes`).toBeDefined();
          for (const code of codes ?? []) {
            expect(isErrorCode(code), `${code} is not in shared/error-codes.ts`).toBe(true);
            expect([...statusesOf(code as ErrorCode)], `${method.toUpperCase()} ${path}: ${code} under ${status}`).toContain(
              Number(status) as ErrorStatus,
            );
            checked++;
          }
        }
        if (path !== "/health") expect(declaredErrors.has(`${method.toUpperCase()} ${path}`), `${method} ${path}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("lets a route answer a code it declared", async () => {
    const response = await answer("declared");
    expect(response.status).toBe(409);
    expect(response.headers.get("BillingOS-Undeclared-Error")).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: "feature_in_use", type: "invalid_request_error" } });
  });

  it("under the tests, names a code the route did not declare (test/fixtures.ts fails that request)", async () => {
    const response = await answer("undeclared");
    expect(response.headers.get("BillingOS-Undeclared-Error")).toBe("GET /answer/{kind} returned already_subscribed without declaring it");
    // The client still gets the envelope unchanged.
    expect(await response.json()).toMatchObject({ error: { code: "already_subscribed" } });
  });

  it("names a code answered with a status the registry does not give it", async () => {
    const response = await answer("wrong-status");
    expect(response.headers.get("BillingOS-Undeclared-Error")).toBe("feature_in_use is not answered with 400 (shared/error-codes.ts)");
  });

  it("outside the tests only logs the breach: the response carries no extra header", async () => {
    const response = await answer("undeclared", { ...env, CHECK_ERROR_CODES: undefined });
    expect(response.status).toBe(409);
    expect(response.headers.get("BillingOS-Undeclared-Error")).toBeNull();
  });
});
