import "server-only";
import { AppError } from "../errors";
import { currentTrace } from "../trace";
import { apiRoute, errorResponse } from "./route";

// The service's known limitation (support policy, "Known limitations"; PRODUCT.md §12): clusters
// and namespaces are created, changed and deleted by the provider, never through the API. Every
// such method answers the same 405 with the same message; the methods that do exist stay in Allow.

export const CLUSTER_NAMESPACE_LIMITATION =
  "Creating, changing or deleting clusters and namespaces is not available in this service: the provider manages them (see Known limitations). Environments can be managed through the API.";

/** A handler for a method that the limitation rules out; `allow` lists the route's real methods. */
export function notAvailableInService(allow: string) {
  return apiRoute(async () => {
    const error = new AppError("not_available", CLUSTER_NAMESPACE_LIMITATION);
    const response = errorResponse(error, currentTrace().requestId);
    response.headers.set("allow", allow);
    return response;
  });
}
