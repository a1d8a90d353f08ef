import * as React from "react";
import { Fragment, isValidElement, type ReactNode } from "react";

/**
 * Whether this module runs in React's server-components build (which has no state hooks): only there
 * is a server-rendered list (a table body, a list of properties) turned into one string once and for
 * all. A client component's lists (rows with handlers and state) render as usual.
 */
export const IN_SERVER_COMPONENTS = !("useState" in React);

/**
 * The HTML of a tree of plain server elements (table rows of text, links and badges), or null when
 * the tree holds anything this does not render exactly as React would: a client component, an async
 * component, an event handler or ref, a style object, a boolean on a non-ARIA attribute, a camelCase
 * attribute it does not know, a `javascript:` URL. Text and attribute values are escaped; there is no
 * way to pass markup through. Used by TBody and Properties in the server-component render so that a
 * long table body or list of properties is one string, not an element per cell that the RSC payload, its decoding and the HTML render each
 * pay for (docs/decisions/0028-page-speed-static-rows.md).
 */
export function staticMarkup(node: ReactNode): string | null {
  try {
    return render(node);
  } catch {
    // Unsupported, or a component that failed (a hook outside React's render, notFound()): React
    // renders the rows itself and meets the same error where it belongs.
    return null;
  }
}

const UNSUPPORTED = Symbol("unsupported");

function unsupported(): never {
  throw UNSUPPORTED;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

// React renames these two; the other camelCase names rows use it writes as they are (HTML ignores
// the case). Any other camelCase prop (handlers, dangerouslySetInnerHTML, …) is not rendered here.
const ATTRIBUTE_NAMES: Record<string, string> = { className: "class", htmlFor: "for", tabIndex: "tabIndex", colSpan: "colSpan", rowSpan: "rowSpan", dateTime: "dateTime" };
const VOID_TAGS = new Set(["br", "hr", "wbr"]);
const TAGS = new Set(["tr", "td", "th", "a", "span", "div", "p", "strong", "em", "b", "i", "small", "code", "abbr", "time", "ul", "ol", "li", "dt", "dd", "br", "hr", "wbr"]);
const URL_ATTRIBUTES = new Set(["href"]);

function render(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(render).join("");
  if (!isValidElement(node)) return unsupported();
  const { type } = node;
  const props = node.props as Record<string, unknown>;
  if (type === Fragment) return render(props.children as ReactNode);
  if (typeof type === "string") return element(type, props);
  // A plain function component; client references, memo, forwardRef, lazy and context are objects or carry $$typeof.
  if (typeof type === "function" && !("$$typeof" in type) && !(type.prototype && type.prototype.isReactComponent)) {
    const result: unknown = (type as (props: unknown) => unknown)(props);
    if (result instanceof Promise || (typeof result === "object" && result !== null && "then" in result)) return unsupported();
    return render(result as ReactNode);
  }
  return unsupported();
}

function element(tag: string, props: Record<string, unknown>): string {
  if (!TAGS.has(tag)) return unsupported();
  let attributes = "";
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || value === null || value === undefined) continue;
    const aria = key.startsWith("aria-") || key.startsWith("data-");
    if (!aria && !/^[a-z]+$/.test(key) && !(key in ATTRIBUTE_NAMES)) return unsupported();
    if (typeof value === "boolean" && !aria) return unsupported();
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return unsupported();
    const text = String(value);
    if (URL_ATTRIBUTES.has(key) && /^\s*javascript:/i.test(text)) return unsupported();
    attributes += ` ${ATTRIBUTE_NAMES[key] ?? key}="${escapeHtml(text)}"`;
  }
  if (VOID_TAGS.has(tag)) return `<${tag}${attributes}/>`;
  return `<${tag}${attributes}>${render(props.children as ReactNode)}</${tag}>`;
}
