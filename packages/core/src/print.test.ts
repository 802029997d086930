import { describe, expect, it } from 'vitest';
import { OFFICIAL_PRINT_CSS, printableHtml } from './print.js';

describe('printing notices and reports', () => {
  it('sets A4 pages with the GB/T 9704 margins and the official sizes', () => {
    expect(OFFICIAL_PRINT_CSS).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(OFFICIAL_PRINT_CSS).toMatch(
      /\.gk-notice, \.gk-report \{\n {2}font-family: "仿宋_GB2312"[^}]*font-size: 16pt; line-height: 28pt;/,
    );
    expect(OFFICIAL_PRINT_CSS).toMatch(/font-size: 22pt;/);
  });

  it('wraps a rendered notice in a whole page, the title escaped and the body as given', () => {
    const page = printableHtml('答复书<script>', '<article class="gk-notice">正文</article>');
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>答复书&lt;script&gt;</title>');
    expect(page).toContain(`<style>\n${OFFICIAL_PRINT_CSS}</style>`);
    expect(page).toContain('<body>\n<article class="gk-notice">正文</article>\n</body>');
  });
});
