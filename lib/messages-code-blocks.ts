/** Names of scrollable text blocks: keyboard users focus them to scroll, screen readers announce them. */
export const codeBlockMessages = {
  code: "Code",
  ticketLogs: "Recent logs (JSON)",
};
