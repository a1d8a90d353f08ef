import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. The primitives style themselves with component classes (app/globals.css)
 * or with utilities a caller does not override, so a caller's utilities always win by CSS layer
 * order and no class merging library is shipped to the browser.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
