import { controlRoutes } from "./control";
import { PageRouter } from "./page-router";

export type { PageContext } from "./page-router";

export function pageRoutes(): PageRouter {
  return new PageRouter([...controlRoutes]);
}
