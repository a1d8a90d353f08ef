"use client";

import { useTexts } from "@/components/i18n/locale-provider";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

type Groups = "clusterStatus" | "componentState" | "environmentState" | "operationStatus";

/** A status's label in the page's language (the badges stay usable from server and client components). */
export function StatusLabel({ group, value }: { group: Groups; value: string }) {
  const { statusMessages } = useTexts(statusCatalogue);
  return (statusMessages[group] as Record<string, string | undefined>)[value] ?? value;
}
