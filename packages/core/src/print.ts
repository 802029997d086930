// The default stylesheet of notices and reports rendered as HTML (renderNoticeHtml of
// @gk/request-workflow, renderReportHtml of @gk/annual-report, the bulletins of @gk/assessment):
// printed on A4 in the layout of 党政机关公文格式 (GB/T 9704—2012), readable on a screen.
import { escapeHtml } from './text.js';

/**
 * The stylesheet for `.gk-notice` and `.gk-report` (and any `article` inside {@link printableHtml}):
 * A4 pages with the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), 仿宋 三号
 * (16 pt) body on fixed 28 pt lines with a two-character indent, 小标宋 二号 (22 pt) title, 黑体
 * headings, bordered tables whose header rows repeat on each page. The fonts fall back to those a
 * machine has (FangSong, STFangsong, Noto Serif CJK); on a screen the page is centred, 210 mm wide.
 */
export const OFFICIAL_PRINT_CSS = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
.gk-notice, .gk-report {
  font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 16pt; line-height: 28pt; color: #000; background: #fff;
}
.gk-notice h1, .gk-report h1, .gk-notice-title {
  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 22pt; line-height: 1.5; font-weight: normal; text-align: center; margin: 0 0 14pt;
}
.gk-report h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0; }
.gk-notice p, .gk-report p { margin: 0; }
.gk-notice-body, .gk-report section > p { text-indent: 2em; text-align: justify; }
.gk-notice-number { text-align: center; }
.gk-notice-addressee { margin-top: 14pt; }
.gk-notice-signature { text-align: right; margin-top: 28pt; }
.gk-notice-contact { margin-top: 14pt; }
.gk-report table { width: 100%; border-collapse: collapse; margin: 7pt 0 14pt; font-size: 10.5pt; line-height: 1.4; }
.gk-report th, .gk-report td { border: 0.5pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; }
.gk-report th { font-family: "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-weight: normal; }
.gk-report thead { display: table-header-group; }
.gk-report tr { break-inside: avoid; }
.gk-report h2, .gk-notice-title { break-after: avoid; }
@media screen {
  body { background: #f2f2f2; margin: 0; }
  .gk-notice, .gk-report { box-sizing: border-box; max-width: 210mm; margin: 16px auto; padding: 37mm 26mm 35mm 28mm; box-shadow: 0 0 4px rgba(0, 0, 0, 0.2); }
}
@media screen and (max-width: 210mm) {
  .gk-notice, .gk-report { padding: 16px; font-size: 14pt; line-height: 1.75; }
  .gk-report { overflow-x: auto; }
}
`;

/**
 * A whole HTML page around a rendered notice or report, with {@link OFFICIAL_PRINT_CSS}: open it in a
 * browser and print it on A4, or save it as a file.
 * @param title - the page's title (escaped)
 * @param body - the rendered HTML (`renderNoticeHtml`, `renderReportHtml`), inserted as it is
 * @returns the page
 * @example
 * ```ts
 * writeFileSync('告知书.html', printableHtml(notice.title, renderNoticeHtml(notice)));
 * ```
 */
export function printableHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${OFFICIAL_PRINT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
