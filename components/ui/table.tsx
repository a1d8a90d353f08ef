import type { ComponentProps } from "react";
import { IN_SERVER_COMPONENTS, staticMarkup } from "./static-markup";
import { TBody as RowsTBody } from "./table-parts";

export { Table, TD, TH, THead, TR } from "./table-parts";

/**
 * In a server component, rows of plain elements (text, links, badges) become one HTML string
 * (./static-markup.ts): the RSC payload carries one string instead of an element per cell, and
 * hydration does not walk the rows. Rows with anything else (client components, forms) render as React.
 */
export function TBody({ className, children, ...props }: ComponentProps<"tbody">) {
  const markup = IN_SERVER_COMPONENTS ? staticMarkup(children) : null;
  if (markup !== null) return <RowsTBody className={className} {...props} dangerouslySetInnerHTML={{ __html: markup }} />;
  return (
    <RowsTBody className={className} {...props}>
      {children}
    </RowsTBody>
  );
}
