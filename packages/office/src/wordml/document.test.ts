import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { WordCell, WordParagraph } from './document.js';
import { xmlText } from '../xml.js';
import { crc32 } from '../zip-write.js';
import { docxFile } from './document.js';

const p = (text: string): WordParagraph => ({ kind: 'paragraph', runs: [{ text, font: '仿宋_GB2312', size: 32 }] });
const c = (text: string, spans: Partial<WordCell> = {}): WordCell => ({ paragraphs: [p(text)], ...spans });
const page = {
  size: { width: 11_906, height: 16_838 },
  margin: { top: 2_098, bottom: 1_984, left: 1_588, right: 1_474 },
};

async function documentXml(bytes: Uint8Array): Promise<string> {
  // checkCRC32: every part's checksum is verified, as Word does.
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

describe('the Word writer', () => {
  it('computes CRC-32 as ZIP does', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('escapes markup and leaves out what XML cannot hold (NUL, control characters, lone surrogates)', () => {
    expect(xmlText('a<b>&"c"\u0000\u0007d\ud800e😀')).toBe('a&lt;b&gt;&amp;&quot;c&quot;de😀');
  });

  it('places the continuation cells of row spans and widens short rows to the grid', async () => {
    const xml = await documentXml(
      docxFile(
        [
          {
            kind: 'table',
            rows: [
              { header: true, cells: [c('A', { rowSpan: 3 }), c('B', { columnSpan: 2 }), c('C', { rowSpan: 2 })] },
              { cells: [c('D'), c('E')] },
              { cells: [c('F')] },
            ],
          },
        ],
        page,
        { font: '仿宋_GB2312', size: 32 },
      ),
    );
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => {
        const cell = tc[1] ?? '';
        const span = /gridSpan w:val="(\d+)"/.exec(cell)?.[1] ?? '1';
        const merge = cell.includes('w:val="restart"') ? '↓' : cell.includes('<w:vMerge/>') ? '|' : '';
        return `${/<w:t xml:space="preserve">([^<]*)/.exec(cell)?.[1] ?? ''}${merge}${span === '1' ? '' : `×${span}`}`;
      }),
    );
    expect(rows).toEqual([
      ['A↓', 'B×2', 'C↓'],
      ['|', 'D', 'E', '|'],
      ['|', 'F×3'],
    ]);
    expect(xml).toContain('<w:trPr><w:tblHeader/></w:trPr>');
    expect(xml.match(/<w:gridCol /g)).toHaveLength(4);
  });
});
