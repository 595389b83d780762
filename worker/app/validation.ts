import type { Hook } from "@hono/zod-openapi";
import type { z } from "zod";
import type { AppEnv } from "./env";
import { InvalidRequestError } from "./errors";

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

/** The validation hook every route shares (set once in the app factory). */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw toInvalidRequest(result.error);
};
