import { createElement as h, Fragment, useState, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge, Dot } from "./badge";
import { staticMarkup } from "./static-markup";
import { StatusBadge } from "./status-badge";

// React separates neighbouring text nodes with <!-- --> for hydration; in innerHTML they are one text.
const reactHtml = (node: ReactNode) => renderToStaticMarkup(h("table", null, h("tbody", null, node))).replace(/^<table><tbody>|<\/tbody><\/table>$/g, "");

function Cell({ children, className }: { children?: ReactNode; className?: string }) {
  return h("td", { className: `td ${className ?? ""}`.trim() }, children);
}

describe("staticMarkup", () => {
  it("renders rows of elements, components, fragments and numbers as React does", () => {
    const row = h(
      "tr",
      { className: "tr", "data-cluster-id": "c-1" },
      h(Cell, null, h("a", { href: "/clusters/c-1", "aria-label": "Details prod" }, "prod")),
      h(Cell, { className: "tabular-nums" }, 12),
      h(Cell, null, h(Badge, { tone: "amber" }, h(Dot, { tone: "amber", pulse: true }), "Initializing")),
      h(Cell, null, h(Fragment, null, h("time", { dateTime: "2026-01-01T00:00:00.000Z" }, "1 Jan 2026"), null, false, h("span", { "aria-hidden": true }, "→"))),
    );
    expect(staticMarkup([row])).toBe(reactHtml([row]));
  });

  it("renders a status badge (its word passed in by the caller) as React does", () => {
    const row = h("tr", null, h(Cell, null, h(StatusBadge, { status: "INITIALIZING", label: "初期化中" })));
    const markup = staticMarkup(row);
    expect(markup).toBe(reactHtml(row));
    expect(markup).toContain('<span class="badge badge-amber" data-status="INITIALIZING"><span aria-hidden="true" class="size-1.5 rounded-full bg-amber-500 animate-pulse"></span>初期化中</span>');
  });

  it("renders a list of properties (terms and values) as React does", () => {
    const rows = ["Region", "Namespace"].map((label, index) =>
      h("div", { key: label, className: "contents" }, h("dt", { className: "whitespace-nowrap" }, label), h("dd", { className: "min-w-0" }, index === 0 ? "westeurope" : h("span", { className: "font-mono text-xs" }, "apps"))),
    );
    const markup = staticMarkup(rows);
    expect(markup).toBe(renderToStaticMarkup(h("dl", null, rows)).replace(/^<dl>|<\/dl>$/g, ""));
    expect(markup).toContain('<dt class="whitespace-nowrap">Region</dt><dd class="min-w-0">westeurope</dd>');
  });

  it("escapes text and attribute values", () => {
    const row = h("tr", null, h("td", { title: `"><script>` }, `<img src=x onerror=alert(1)> & 'x'`));
    const markup = staticMarkup(row);
    expect(markup).toBe(reactHtml(row));
    expect(markup).not.toContain("<img");
    expect(markup).not.toContain("<script>");
  });

  it("refuses what it cannot render exactly: handlers, styles, booleans, unknown tags, javascript: URLs, stateful or async components", () => {
    function Stateful() {
      const [count] = useState(0);
      return h("td", null, count);
    }
    async function Async() {
      return h("td", null, "later");
    }
    // What a "use client" module's export is in the server-components build (registerClientReference).
    const clientReference = Object.defineProperties(() => null, { $$typeof: { value: Symbol.for("react.client.reference") }, $$id: { value: "label.tsx#Label" } });
    const refused = [
      h(clientReference),
      h("tr", { onClick: () => undefined }),
      h("td", { style: { color: "red" } }),
      h("td", { hidden: true }),
      h("button", null, "Delete"),
      h("td", { dangerouslySetInnerHTML: { __html: "<b>x</b>" } }),
      h("a", { href: " javascript:alert(1)" }, "x"),
      h(Stateful),
      h(Async),
    ];
    for (const node of refused) expect(staticMarkup(h("tr", null, node))).toBeNull();
  });
});
