import type { IssuePath, Locale } from '@gk/core';

/** Arguments of the calendar's methods: the message already names the value, so no path is shown. */
const ARGUMENTS = new Set(['date', 'n', 'from', 'to']);

const FIELDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    year: '年度',
    sources: '来源文件',
    holidays: '节日安排',
    off: '放假区间',
    makeUpWorkdays: '调休上班日',
    name: '名称',
    title: '标题',
    date: '日期',
    url: '网址',
    docNo: '文号',
    dateBasis: '日期依据',
    notices: '放假安排通知',
    overlays: '地方节日安排',
    days: '日期',
    divisionCode: '行政区划代码',
    id: '标识',
  },
  en: {
    year: 'year',
    sources: 'source',
    holidays: 'holiday',
    off: 'days off',
    makeUpWorkdays: 'make-up workday',
    name: 'name',
    title: 'title',
    date: 'date',
    url: 'address',
    docNo: 'document number',
    dateBasis: 'date basis',
    notices: 'notice',
    overlays: 'overlay',
    days: 'day',
    divisionCode: 'division code',
    id: 'id',
  },
};

/**
 * Writes a `@gk/workdays` issue path for a person: `节日安排第1项 放假区间第1段 首日`, or nothing for a
 * method's argument (`date`, `n`), whose message names the value itself.
 * @param path - the issue's path
 * @param locale - the locale
 * @returns the location, empty when there is nothing to add
 */
export function describeWorkdaysPath(path: IssuePath, locale: Locale): string {
  if (path.length === 1 && typeof path[0] === 'string' && ARGUMENTS.has(path[0])) return '';
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  path.forEach((part, i) => {
    const parent = path[i - 1];
    if (typeof part === 'string') {
      parts.push(FIELDS[locale][part] ?? part);
    } else if (parent === 'off' || typeof parent !== 'number') {
      const n = String(part + 1);
      if (parts.length === 0) parts.push(zh ? `第${n}项` : `item ${n}`);
      else parts[parts.length - 1] += zh ? (parent === 'off' ? `第${n}段` : `第${n}项`) : ` ${n}`;
    } else {
      // The index inside an off range: its first or last day.
      parts.push(zh ? (part === 0 ? '首日' : '末日') : part === 0 ? 'first day' : 'last day');
    }
  });
  return parts.join(zh ? ' ' : ', ');
}
