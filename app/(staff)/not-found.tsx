import { NotFoundPage } from "@/features/shell/not-found-page";

export default function NotFound() {
  return <NotFoundPage place="console" />;
}
