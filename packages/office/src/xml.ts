// The little of Office XML the readers and writers share: entity decoding, where a workbook's sheets
// are, and text escaped for writing.

/** XML text with its entities decoded (`&amp;`, `&lt;`, `&#x4E2D;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_, name: string) => {
    if (name.startsWith('#')) {
      // A character reference past Unicode (&#99999999;) is dropped, not thrown on.
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name] ?? '';
  });
}

/**
 * A workbook's sheets in order: each sheet's name and the ZIP part that holds it
 * (`xl/worksheets/sheet1.xml`), from `xl/workbook.xml` and its relationships.
 * @param read - reads a part of the container as text (`''` when absent)
 */
export function sheetParts(read: (name: string) => string): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  for (const match of read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const match of read('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const part = targets.get(/\br:id="([^"]*)"/.exec(match[0])?.[1] ?? '');
    if (name !== undefined && part !== undefined) sheets.push({ name: decodeEntities(name), part });
  }
  return sheets;
}

// The control characters XML 1.0 cannot hold, U+FFFE, U+FFFF and lone surrogates.
const NOT_XML = new RegExp(
  // eslint-disable-next-line no-control-regex -- these are the characters to remove
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** Text as XML content: markup escaped, characters XML cannot hold (NUL, lone surrogates) left out. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
