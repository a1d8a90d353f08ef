/**
 * CSV cells as spreadsheets read them safely: a cell that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return before one) gets a leading apostrophe;
 * cells with separators, quotes or line breaks are quoted with quotes doubled (RFC 4180).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
