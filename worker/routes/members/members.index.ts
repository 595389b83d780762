import { createRouter, type Router } from "../../app/router";
import * as handlers from "./members.handlers";
import * as routes from "./members.routes";

// Literal paths before `{user_id}` so `leave` and `transfer_ownership` are not read as user ids.
export const membersRouter: Router = createRouter()
  .openapi(routes.listMembers, handlers.list)
  .openapi(routes.leave, handlers.leave)
  .openapi(routes.transferOwnership, handlers.transfer)
  .openapi(routes.updateMember, handlers.update)
  .openapi(routes.removeMember, handlers.remove);
