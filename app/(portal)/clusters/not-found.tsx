import { SearchX } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { messages } from "@/lib/messages";

export default function ClusterNotFound() {
  const t = messages.errors;
  return (
    <Card>
      <EmptyState
        icon={SearchX}
        title={t.notFoundTitle}
        headingLevel={2}
        action={
          <ButtonLink href="/clusters" variant="primary">
            {t.back}
          </ButtonLink>
        }
      >
        {t.notFoundBody}
      </EmptyState>
    </Card>
  );
}
