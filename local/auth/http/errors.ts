import type { ServerResponse } from "node:http";

/** An error GoTrue would answer with: HTTP status, stable `error_code`, human message. */
export class AuthApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

export const API_VERSION_HEADER = "x-supabase-api-version";
const API_VERSION_2024_01_01 = "2024-01-01";
const API_VERSION_PATTERN = /^2[0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/**
 * GoTrue's two error formats: clients that send `X-Supabase-Api-Version: 2024-01-01` (supabase-js
 * does) get `{ code: "<error_code>", message }` and the version echoed in the response header;
 * older clients get `{ code: <status>, error_code, msg }`. auth-js reads the code from either.
 */
export function sendAuthError(response: ServerResponse, requestedVersion: string | undefined, error: AuthApiError): void {
  const modern = requestedVersion !== undefined && API_VERSION_PATTERN.test(requestedVersion) && requestedVersion >= API_VERSION_2024_01_01;
  const body = modern
    ? { code: error.errorCode, message: error.message }
    : { code: error.status, error_code: error.errorCode, msg: error.message };
  if (modern) response.setHeader(API_VERSION_HEADER, API_VERSION_2024_01_01);
  response.statusCode = error.status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}

export const badRequest = (code: string, message: string) => new AuthApiError(400, code, message);
export const forbidden = (code: string, message: string) => new AuthApiError(403, code, message);
export const notFound = (code: string, message: string) => new AuthApiError(404, code, message);
export const unprocessable = (code: string, message: string) => new AuthApiError(422, code, message);
