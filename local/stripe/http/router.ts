import type { Route } from "./context";

interface Compiled {
  route: Route;
  pattern: RegExp;
}

/** Matches `METHOD /path` to a route; static routes win over parameterised ones (`/v1/customers/search`). */
export class Router {
  private compiled: Compiled[] = [];

  add(routes: Route[]) {
    for (const route of routes) {
      const source = route.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:[a-z_]+/g, "([^/]+)");
      this.compiled.push({ route, pattern: new RegExp(`^${source}$`) });
    }
    const params = (path: string) => path.split(":").length;
    this.compiled.sort((a, b) => params(a.route.path) - params(b.route.path));
  }

  match(method: string, path: string): { route: Route; args: string[] } | undefined {
    for (const { route, pattern } of this.compiled) {
      if (route.method !== method) continue;
      const match = pattern.exec(path);
      if (match) return { route, args: match.slice(1).map((arg) => decodeURIComponent(arg)) };
    }
    return undefined;
  }
}
