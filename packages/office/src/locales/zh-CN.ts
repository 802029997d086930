import type { MessageCatalogue } from '@gk/core';
import type { OfficeFileKind, OfficeIssueParams } from '../issues.js';

const what = (kind: OfficeFileKind): string => (kind === 'xlsx' ? '工作簿' : '文档');

/** `@gk/office` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<OfficeIssueParams> = {
  'xlsx.fileTooLarge': (p) => `文件超过 ${String(p.limitMb)} MB，不像一份目录，未读取`,
  'xlsx.inflatesTooLarge': (p) => `工作簿解压后超过 ${String(p.limitMb)} MB，未读取`,
  'xlsx.tooManyRows': (p) => `单元格 ${p.cell} 超出 ${String(p.limit)} 行的上限，工作表未读取`,
  'xlsx.tooManyColumns': (p) => `单元格 ${p.cell} 超出 ${String(p.limit)} 列的上限，工作表未读取`,
  'xlsx.tooManyCells': (p) => `工作表的单元格（含合并区域）超过 ${String(p.limit)} 个，未读取`,
  'xlsx.unreadable': () => '文件不是可读取的 .xlsx 工作簿',
  'xlsx.noSheet': () => '工作簿没有工作表',
  'xlsx.noHeader': (p) =>
    p.row === 0
      ? `${p.table}中没有文字，找不到目录表头`
      : `${p.table} 的前 ${String(p.rows)} 行中没有找到目录表头：表头应有“一级事项”（或“公开事项”）及“公开内容”“公开时限”等列名；最接近的是第 ${String(p.row)} 行：${p.cells}`,
  'xlsx.headerMissing': (p) =>
    p.source === 'sheet'
      ? `“目录信息”工作表缺少${p.fields}，请补填，或在读取时用 header 选项提供`
      : p.source === 'noSheet'
        ? `工作簿没有“目录信息”工作表，缺少${p.fields}：请添加该工作表（A 列填项目名，B 列填内容），或在读取时用 header 选项提供`
        : `Word 文档不含目录信息（${p.fields}），请在读取时用 header 选项提供`,
  'docx.noTable': () => 'Word 文档中没有表格，找不到目录',
  'xlsx.instanceItemUnknown': (p) => `实例所属的序号“${p.number}”在目录表中不存在`,
  'text.fileTooLarge': () => '文件过大，未读取',
  'text.inflatesTooLarge': () => '文件解压后过大，未读取',
  'text.noMainPart': (p) => `文件不是 .${p.kind} 文档（缺少 ${p.part}）`,
  'zip.notZip': (p) => `文件不是可读取的 .${p.kind} ${what(p.kind)}`,
  'zip.zip64': (p) => `${what(p.kind)}使用 ZIP64 格式，无法读取`,
  'zip.tooManyEntries': (p) => `${what(p.kind)}内含文件超过 ${String(p.limit)} 个，未读取`,
  'zip.method': (p) => `${what(p.kind)}内的 ${p.name} 使用了无法识别的压缩方式`,
  'zip.entryTooLarge': (p) => `${what(p.kind)}内的 ${p.name} 解压后超过 ${String(p.limitMb)} MB`,
  'zip.sizeMismatch': (p) => `${what(p.kind)}内的 ${p.name} 与声明的大小不符（文件损坏或为压缩炸弹）`,
};
