// A table as the catalogue reader sees it, whatever file it came from: a worksheet or a Word
// table, with merged cells already carried over the cells they cover.

/** A table of text cells, 1-based, merged cells carried over the cells they span. */
export interface Grid {
  /** The table's name in locations: the sheet's name, or `表1` for a Word table. */
  readonly name: string;
  /** The last row holding text. */
  readonly rows: number;
  /** The last column holding text. */
  readonly columns: number;
  /** The text of a cell, trimmed; `''` for a blank or absent cell. */
  text(row: number, column: number): string;
  /** Where a cell is, as a person finds it: `Sheet1!F12`, `表1 第12行第6列`. */
  at(row: number, column: number): string;
}

/** A column's letters as Excel writes them (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = (n - 1 - rest) / 26;
  }
  return letters;
}
