/**
 * A cell a spreadsheet would run as a formula — starting with = + - @, a tab or a carriage return — starts with
 * an apostrophe instead, so Excel shows the text (OWASP's "CSV injection"). Numbers are written as numbers.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** csv-stringify's options for every export: strings cast through spreadsheetSafe. */
export const SPREADSHEET_SAFE = { cast: { string: spreadsheetSafe } };
