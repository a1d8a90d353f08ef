import { Fragment, type ReactNode } from "react";
import { useTexts } from "@/components/i18n/locale-provider";
import { codeBlocksCatalogue } from "@/lib/i18n/catalogues/messages-code-blocks";

/**
 * A tiny markdown subset for ticket text: paragraphs, line breaks, "- " lists, ``` code blocks,
 * **bold**, *italic*, `code` and http(s) links. It builds React elements from text, so any HTML
 * in the input is shown as text, never interpreted.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return <div className={className ?? "space-y-2 text-sm leading-6 break-words"}>{renderBlocks(text)}</div>;
}

/** A code block scrolls sideways; it takes focus so the keyboard can scroll it too. (Rendered inside the ticket page's client components.) */
function CodeBlock({ lines }: { lines: string[] }) {
  const { codeBlockMessages } = useTexts(codeBlocksCatalogue);
  return (
    <pre role="region" aria-label={codeBlockMessages.code} tabIndex={0} className="overflow-x-auto rounded-md bg-neutral-100 p-2 font-mono text-xs dark:bg-neutral-800">
      <code>{lines.join("\n")}</code>
    </pre>
  );
}

function renderBlocks(text: string): ReactNode[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: ReactNode[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  let code: string[] | null = null;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push(<p key={blocks.length}>{paragraph.map((line, i) => <Fragment key={i}>{i > 0 ? <br /> : null}{renderInline(line)}</Fragment>)}</p>);
    paragraph = [];
  };
  const flushList = () => {
    if (list.length) blocks.push(<ul key={blocks.length} className="list-disc space-y-1 pl-5">{list.map((item, i) => <li key={i}>{renderInline(item)}</li>)}</ul>);
    list = [];
  };
  for (const line of lines) {
    if (code) {
      if (line.trim().startsWith("```")) {
        blocks.push(<CodeBlock key={blocks.length} lines={code} />);
        code = null;
      } else code.push(line);
      continue;
    }
    if (line.trim().startsWith("```")) {
      flushParagraph();
      flushList();
      code = [];
    } else if (/^\s*[-*]\s+/.test(line)) {
      flushParagraph();
      list.push(line.replace(/^\s*[-*]\s+/, ""));
    } else if (!line.trim()) {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  if (code) blocks.push(<CodeBlock key={blocks.length} lines={code} />);
  flushParagraph();
  flushList();
  return blocks;
}

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*)|(\[[^\]]+\]\(https?:\/\/[^\s)]+\))/g;

export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    const token = match[0];
    const key = out.length;
    if (match[1]) out.push(<code key={key} className="rounded bg-neutral-100 px-1 font-mono text-xs dark:bg-neutral-800">{token.slice(1, -1)}</code>);
    else if (match[2]) out.push(<strong key={key}>{token.slice(2, -2)}</strong>);
    else if (match[3]) out.push(<em key={key}>{token.slice(1, -1)}</em>);
    else {
      const [, label, href] = /^\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)$/.exec(token)!;
      out.push(<a key={key} href={href} rel="noopener noreferrer nofollow" target="_blank" className="text-accent-700 underline dark:text-accent-300">{label}</a>);
    }
    last = index + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
