import type { IncomingMessage } from "node:http";
import { AuthApiError, badRequest } from "./errors";

const MAX_BODY_BYTES = 1_000_000;

/** Reads a JSON or form body; GoTrue answers bad JSON with 400 `bad_json`. */
export async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new AuthApiError(413, "request_too_large", "Request body too large");
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw.trim() === "") return {};
  const type = request.headers["content-type"] ?? "";
  if (type.startsWith("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw));
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest("bad_json", "Could not parse request body as JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw badRequest("bad_json", "Could not parse request body as JSON: expected an object");
  }
  return parsed as Record<string, unknown>;
}

/** A string field, or undefined when absent or empty; any other type is a 400. */
export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw badRequest("validation_failed", `${field} must be a string`);
  return value;
}

export function optionalObject(body: Record<string, unknown>, field: string): Record<string, unknown> | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw badRequest("validation_failed", `${field} must be an object`);
  return value as Record<string, unknown>;
}

export function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

const EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+$/;

/** GoTrue lower-cases and trims e-mails before storing and comparing them. */
export function normaliseEmail(value: string | undefined): string {
  const email = (value ?? "").trim().toLowerCase();
  if (email === "") throw badRequest("validation_failed", "An email address is required");
  if (email.length > 255 || !EMAIL_PATTERN.test(email))
    throw badRequest("email_address_invalid", `Unable to validate email address: invalid format`);
  return email;
}
