import { createRouter, type Router } from "../../app/router";
import * as handlers from "./audit-log.handlers";
import * as routes from "./audit-log.routes";

export const auditLogRouter: Router = createRouter().openapi(routes.listAuditLog, handlers.list);
