import { describe, expect, it } from "vitest";
import { operationsCatalogue } from "@/lib/i18n/catalogues/messages-operations";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { textsIn } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { operationRowTexts } from "./operation-row";
import type { OperationDto } from "./operation-types";

const refresh: OperationDto = {
  id: "op-1",
  kind: "cluster.refresh-status",
  status: "SUCCEEDED",
  progress: 100,
  steps: [
    { name: "Kubernetes service", status: "succeeded" },
    { name: "Container registry", status: "skipped" },
  ],
  error: null,
  createdAt: "2026-12-03T09:15:00.000Z",
  requestedBy: "Olivia Owner",
};

function rowTexts(operation: OperationDto, locale: Locale) {
  const { operationMessages } = textsIn(operationsCatalogue, locale);
  const { statusMessages } = textsIn(statusCatalogue, locale);
  return operationRowTexts(operation, operationMessages, statusMessages, "Europe/Amsterdam", locale);
}

describe("an operation row's texts", () => {
  it("names the kind, the state, when and by whom, in the reader's time zone", () => {
    const texts = rowTexts(refresh, "en");
    expect(texts).toMatchObject({ kind: "Refresh status", status: "Succeeded", progressLabel: "Refresh status progress", stepsSummary: "2 steps" });
    expect(texts.requested).toMatch(/10:15/);
    expect(texts.requested).toMatch(/ · by Olivia Owner$/);
    expect(texts.stepStatus.skipped).toBe("Skipped");
  });

  it("words a kind it has no label for from its code, and leaves out who when nobody asked", () => {
    const texts = rowTexts({ ...refresh, kind: "cluster.rotate-keys", requestedBy: null }, "en");
    expect(texts.kind).toBe("Cluster rotate keys");
    expect(texts.requested).not.toContain("·");
  });

  it("speaks the reader's language", () => {
    const texts = rowTexts(refresh, "ja");
    const { statusMessages } = textsIn(statusCatalogue, "ja");
    expect(texts.kind).toBe(statusMessages.operationKind["cluster.refresh-status"]);
    expect(texts.status).toBe(statusMessages.operationStatus.SUCCEEDED);
    expect(texts.kind).not.toBe("Refresh status");
  });
});
