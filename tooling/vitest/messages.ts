// Test support shared by every package's locale test: render every message of a catalogue, in each
// locale, with sample params, and check that a person would read a whole sentence — no `undefined`,
// no `NaN`, no `[object Object]`, Chinese in zh-CN. The types already make both locales have the same
// keys; this checks what the keys produce.
import { expect } from 'vitest';

/** A message catalogue: a function per code from its params to the text. */
export type Messages = Readonly<Record<string, (params: never) => string>>;

/**
 * A value that stands for any param: it prints as `S` (7 as a number), indexes, calls and iterates as
 * itself, so a message can use it as a string, a number, a list or an object.
 */
export function sampleParam(): unknown {
  const target = function sample(): unknown {
    return undefined;
  };
  const proxy: unknown = new Proxy(target, {
    get(_, property) {
      if (property === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 7 : 'S');
      if (property === Symbol.iterator)
        return function* iterate() {
          yield proxy;
        };
      if (property === 'length') return 1;
      if (property === 'toString' || property === 'valueOf' || property === 'toJSON') return () => 'S';
      return proxy;
    },
    apply: () => proxy,
  });
  return proxy;
}

/**
 * Renders every message of each locale with sample params and checks the text.
 * @param catalogues - the catalogues by locale, e.g. `{ 'zh-CN': zhCN, en }`
 */
export function expectEveryMessageRenders(catalogues: Readonly<Record<string, Messages>>): void {
  const params = sampleParam() as never;
  const wrong: string[] = [];
  for (const [locale, messages] of Object.entries(catalogues)) {
    for (const [code, render] of Object.entries(messages)) {
      const text = render(params);
      if (
        typeof text !== 'string' ||
        text.trim() === '' ||
        /undefined|NaN|\[object |\bnull\b|\$\{/.test(text) ||
        (locale === 'zh-CN' && !/[\u4e00-\u9fff]/.test(text))
      )
        wrong.push(`${locale} ${code}: ${String(text)}`);
    }
  }
  expect(wrong).toEqual([]);
}
