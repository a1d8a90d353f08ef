// Texts of the API reference page.
export const apiDocsMessages = {
  title: "API reference",
  description: "Every route of the portal's REST API, generated from the schemas the routes validate with.",
  download: "Download openapi.json",
  tokens: "Access tokens",
  contents: "Contents",
  parameters: "Parameters",
  requestBody: "Request body",
  responses: "Responses",
  required: "required",
  optional: "optional",
  scope: (scope: string) => `Token scope: ${scope}`,
  columns: { name: "Name", in: "In", schema: "Schema" },
} as const;
