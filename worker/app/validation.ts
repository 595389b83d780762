import type { Hook } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import type { AppEnv } from "../shared/env";
import { type ApiError, InvalidRequestError, UnsupportedMediaTypeError } from "../shared/errors";
import { findUnsafeInput } from "./unsafe-input";

/** `items[0][price]`, the way Stripe names a nested parameter. */
export function paramName(path: ReadonlyArray<PropertyKey>): string {
  const [head, ...rest] = path.map(String);
  return (head ?? "") + rest.map((part) => `[${part}]`).join("");
}

/** Turns the first schema issue into our 400 envelope with the offending `param`. */
export function toInvalidRequest(error: z.ZodError): InvalidRequestError {
  const issue = error.issues[0];
  if (!issue) return new InvalidRequestError("parameter_invalid", "The request is invalid.");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const param = paramName([...issue.path, key]);
    return new InvalidRequestError("parameter_unknown", `Received unknown parameter: ${param}.`, param);
  }
  const param = paramName(issue.path);
  // zod 4 leaves `input` off issues by default; a missing value reads "…, received undefined".
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) {
    return new InvalidRequestError("parameter_missing", `Missing required param: ${param}.`, param);
  }
  return new InvalidRequestError("parameter_invalid", `Invalid ${param || "request"}: ${issue.message}`, param || undefined);
}

/** What the client sent for `target`, before any schema dropped or transformed a part of it. */
async function rawInput(target: string, c: Context<AppEnv>): Promise<unknown> {
  if (target === "param") return c.req.param();
  if (target === "query") return c.req.queries();
  if (target === "json") {
    // The validator has parsed it already (a malformed body never gets here); an empty body stands for {}.
    const text = await c.req.text();
    return text === "" ? {} : JSON.parse(text);
  }
  return undefined;
}

/**
 * The validation hook every route shares (set once in the app factory). Unsafe text and keys are
 * refused first, whatever the route's schema says, so no route can pass them to the database or
 * lose a key on the way.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = async (result, c) => {
  const unsafe = findUnsafeInput(await rawInput(result.target, c));
  if (unsafe) {
    // Query values arrive as lists (`?a=1&a=2`); the param is the name, not `a[0]`.
    const path = result.target === "query" ? unsafe.path.slice(0, 1) : unsafe.path;
    const param = paramName(path);
    throw new InvalidRequestError("parameter_invalid", `Invalid ${param}: ${unsafe.message}`, param);
  }
  if (!result.success) throw toInvalidRequest(result.error);
};

/**
 * A body the route's validators could not read: the JSON validator's "malformed" 400 and the
 * content-type gate's 415 are HTTPExceptions without our envelope; this gives them one.
 */
export async function fromBodyError(error: unknown, c: Context<AppEnv>): Promise<ApiError | undefined> {
  if (!(error instanceof HTTPException)) return undefined;
  if (error.status === 415) return new UnsupportedMediaTypeError(c.req.header("content-type"));
  if (error.status !== 400) return undefined;
  const text = await c.req.text();
  if (text.trim() === "") return new InvalidRequestError("body_missing", "The request body is empty; send a JSON object (at least {}).");
  try {
    JSON.parse(text);
  } catch (parseError) {
    return new InvalidRequestError("body_invalid", `The request body is not valid JSON: ${(parseError as Error).message}.`);
  }
  return new InvalidRequestError("body_invalid", "The request body could not be read.");
}
