/** The first page of each kind of user: support agents work the queue, admins the admin area, customers their clusters. */
export function landingPath(staffRole: "SUPPORT" | "ADMIN" | null): string {
  if (staffRole === "ADMIN") return "/admin";
  if (staffRole === "SUPPORT") return "/staff/support";
  return "/clusters";
}
