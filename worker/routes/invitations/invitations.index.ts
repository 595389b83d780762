import { createRouter, type Router } from "../../app/router";
import * as handlers from "./invitations.handlers";
import * as routes from "./invitations.routes";

export const invitationsRouter: Router = createRouter()
  .openapi(routes.acceptInvitation, handlers.accept)
  .openapi(routes.createInvitation, handlers.create)
  .openapi(routes.listInvitations, handlers.list)
  .openapi(routes.resendInvitation, handlers.resend)
  .openapi(routes.revokeInvitation, handlers.revoke);
