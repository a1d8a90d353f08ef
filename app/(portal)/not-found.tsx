import type { Metadata } from "next";
import { NotFoundPage } from "@/features/shell/not-found-page";
import { shellMessages } from "@/lib/messages-shell";

export const metadata: Metadata = { title: shellMessages.notFound.title };

export default function NotFound() {
  return <NotFoundPage withShell={false} />;
}
