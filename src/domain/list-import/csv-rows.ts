// CSV records with the line each starts on. Parsing is Papa Parse's (quoted fields with commas,
// doubled quotes and line breaks inside, as RFC 4180 has them); we only add line numbers, so
// items and messages can point into the file. A quote that opens and never closes would swallow
// the rest of the file into one field, so it is refused with the line where it opens.
import Papa from 'papaparse';
import { ListReadError } from './types';

export interface CsvRow {
  cells: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
}

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) breaks++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
  }
  return breaks;
}

export function readCsvRows(text: string, limit?: number): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  let start = 0;
  const found: { unclosed?: number } = {};
  Papa.parse<string[]>(text, {
    delimiter: ',',
    ...(limit !== undefined && { preview: limit }),
    step: (result) => {
      if (result.errors.some((error) => error.code === 'MissingQuotes')) found.unclosed ??= line;
      // An empty line is no row at all (a file's last line break makes one).
      const empty = result.data.length === 1 && result.data[0] === '';
      if (!empty) rows.push({ cells: result.data, line });
      line += countBreaks(text, start, result.meta.cursor);
      start = result.meta.cursor;
    },
  });
  if (found.unclosed !== undefined && limit === undefined) {
    throw new ListReadError(
      `Line ${found.unclosed} of the file opens a quotation mark that is never closed, so the rest of the file cannot be told apart. Check that line, or export the list again.`,
    );
  }
  return rows;
}

/** Whether every cell of a row is empty or blank. */
export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** A header cell as a name to match: no byte order mark, trimmed, lower case. */
export const headerName = (cell: string) =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** Whether a header row names all of `names` (in any case). */
export const hasColumns = (header: readonly string[], ...names: string[]) =>
  names.every((name) => header.some((cell) => headerName(cell) === headerName(name)));

/** Reads a row's cells by column name; a column the header lacks reads as ''. */
export function columnReader<T extends string>(
  header: readonly string[],
  columns: readonly T[],
): (row: CsvRow, column: T) => string {
  const names = header.map(headerName);
  const index = new Map(columns.map((column) => [column, names.indexOf(headerName(column))]));
  return (row, column) => {
    const at = index.get(column) ?? -1;
    return at < 0 ? '' : (row.cells[at] ?? '');
  };
}
