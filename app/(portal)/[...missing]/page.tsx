import { notFound } from "next/navigation";

/**
 * Every address no page answers: the 404 page inside the console's layout, so someone signed in keeps
 * the navigation (the root not-found stays small; docs/decisions/0039-page-speed-fallbacks-and-csp.md).
 */
export default function UnknownAddress(): never {
  notFound();
}
