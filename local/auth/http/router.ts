import type { IncomingMessage, ServerResponse } from "node:http";
import { API_VERSION_HEADER, AuthApiError, sendAuthError } from "./errors";

export interface RequestContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  /** Values of `:name` segments in the route pattern. */
  params: Record<string, string>;
}

export type Handler = (context: RequestContext) => Promise<void> | void;

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

/** A small method + path router; enough for the few dozen routes GoTrue's client uses. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: pattern.split("/").filter(Boolean), handler });
    return this;
  }

  /** `allowedHosts`: Host header names accepted (DNS rebinding guard); empty accepts any. */
  async handle(request: IncomingMessage, response: ServerResponse, origin: string, allowedHosts: string[] = []): Promise<void> {
    const apiVersion = headerValue(request, API_VERSION_HEADER);
    let url: URL;
    try {
      url = new URL(request.url ?? "/", origin);
    } catch {
      return sendAuthError(response, apiVersion, new AuthApiError(400, "validation_failed", "Malformed request URL"));
    }
    if (allowedHosts.length > 0 && !allowedHosts.includes(hostName(request.headers.host))) {
      return sendAuthError(response, apiVersion, new AuthApiError(421, "validation_failed", "Unknown Host header"));
    }
    // Only GoTrue's API is open to other origins, as behind Supabase's gateway; the mailbox holds
    // sign-in links, so no other site may read it.
    if (url.pathname.startsWith("/auth/v1/")) allowBrowserClients(request, response);
    if (request.method === "OPTIONS") {
      response.statusCode = 204;
      response.end();
      return;
    }
    try {
      const match = this.match(request.method ?? "GET", url.pathname);
      if (!match) throw new AuthApiError(404, "not_found", "Not found");
      await match.route.handler({ request, response, url, params: match.params });
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof AuthApiError) return sendAuthError(response, apiVersion, error);
      console.error("auth emulator:", error);
      sendAuthError(
        response,
        apiVersion,
        new AuthApiError(500, "unexpected_failure", "Unexpected failure, please check server logs for more information"),
      );
    }
  }

  private match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    const parts = pathname.split("/").filter(Boolean);
    let methodMismatch = false;
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const same = route.segments.every((segment, index) => {
        const part = parts[index] ?? "";
        if (segment.startsWith(":")) {
          params[segment.slice(1)] = safeDecode(part);
          return true;
        }
        return segment === part;
      });
      if (!same) continue;
      if (route.method === method) return { route, params };
      methodMismatch = true;
    }
    if (methodMismatch) throw new AuthApiError(405, "method_not_allowed", "Method not allowed");
    return undefined;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The host name of a Host header, without the port (`[::1]:9999` → `[::1]`). */
function hostName(host: string | undefined): string {
  return (host ?? "").replace(/:\d+$/, "").toLowerCase();
}

export function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The admin page and merchant apps call the emulator from other local origins, as they call
 * Supabase's API gateway, which allows any origin and the headers supabase-js sends.
 */
function allowBrowserClients(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader("access-control-allow-origin", request.headers.origin ?? "*");
  response.setHeader("vary", "Origin");
  response.setHeader("access-control-allow-methods", "GET, POST, PUT, DELETE, OPTIONS");
  response.setHeader("access-control-allow-headers", "authorization, apikey, content-type, x-client-info, x-supabase-api-version");
  response.setHeader("access-control-expose-headers", "x-supabase-api-version");
  response.setHeader("access-control-max-age", "600");
}
