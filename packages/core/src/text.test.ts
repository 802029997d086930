import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasControlCharacter, hasVisibleText, stripInvisible } from './text.js';

describe('invisible characters', () => {
  it('strips zero-width and bidirectional controls and keeps everything else', () => {
    expect(stripInvisible('张\u200b三\u202eabc\u202c\ufeff')).toBe('张三abc');
    expect(stripInvisible('\u2066王五\u2069\u00ad')).toBe('王五');
    expect(stripInvisible('公开 指南\n第二行')).toBe('公开 指南\n第二行');
  });

  it('finds no visible text in blanks and invisible characters only', () => {
    for (const value of ['', ' ', '\u200b\u200c\u200d', '\u202e\u202d', '\ufeff\u3000', 0, null])
      expect(hasVisibleText(value), JSON.stringify(value)).toBe(false);
    expect(hasVisibleText('\u200b张')).toBe(true);
  });

  it('leaves no invisible character behind, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '张', '\u200b', '\u202e', '\u2067', '\ufeff', ' ') }), (s) => {
        const stripped = stripInvisible(s);
        return (
          stripInvisible(stripped) === stripped && ![...'\u200b\u202e\u2067\ufeff'].some((c) => stripped.includes(c))
        );
      }),
    );
  });
});

describe('control characters', () => {
  it('finds NUL, escape and DEL; allows layout only when asked', () => {
    expect(hasControlCharacter('某\u0000文件')).toBe(true);
    expect(hasControlCharacter('\u001b[31m')).toBe(true);
    expect(hasControlCharacter('a\u007f')).toBe(true);
    expect(hasControlCharacter('第一行\n第二行')).toBe(true);
    expect(hasControlCharacter('第一行\r\n第二行\t', true)).toBe(false);
    expect(hasControlCharacter('公开指南')).toBe(false);
  });
});
