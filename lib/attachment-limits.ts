/** Limits and accepted formats of ticket attachments: the form checks them, the server enforces them. */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** The content type each accepted extension must have. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  txt: "text/plain",
  log: "text/plain",
  json: "application/json",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  pdf: "application/pdf",
  zip: "application/zip",
};

export const ACCEPTED_EXTENSIONS = Object.keys(ATTACHMENT_TYPES).map((extension) => `.${extension}`);

export const attachmentMessages = {
  tooMany: `A ticket takes at most ${MAX_ATTACHMENTS} attachments.`,
  tooLarge: (fileName: string) => `${fileName}: files may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
  notAccepted: (fileName: string) => `${fileName}: only ${ACCEPTED_EXTENSIONS.join(", ")} files are accepted.`,
  hint: `Up to ${MAX_ATTACHMENTS} files of at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB: ${ACCEPTED_EXTENSIONS.filter((extension) => extension !== ".jpeg").join(", ")}.`,
};
