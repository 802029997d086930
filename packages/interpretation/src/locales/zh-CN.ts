import type { MessageCatalogue } from '@gk/core';
import type { InterpretationIssueParams } from '../issues.js';

const DUTIES: Readonly<Record<string, string>> = {
  authoritativeInformation: '发布权威信息',
  pressConference: '举行新闻发布会',
  response: '回应',
};
const R80 = '（国办发〔2016〕80号）';

/** `@gk/interpretation` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<InterpretationIssueParams> = {
  'synchrony.approval': (p) =>
    `解读方案、解读材料应与政策文件同步审签，审签记录不一致（文件：${p.policyRecord ?? '无'}；解读：${p.interpretationRecord ?? '无'}）${R80}`,
  'synchrony.organisedLate': (p) =>
    `解读工作应与政策文件同步组织，但在文件审签（${p.policyApprovedOn}）之后才开始（${p.organisedOn}）${R80}`,
  'synchrony.notPublished': (p) => `政策文件已于 ${p.policyPublishedOn} 发布，解读尚未发布${R80}`,
  'synchrony.publishedLate': (p) =>
    `解读于 ${p.publishedOn} 发布，晚于政策文件（${p.policyPublishedOn}）${String(p.workdaysLater)} 个工作日，允许 ${String(p.allowed)} 个工作日${R80}`,
  'synchrony.drafterInterprets': (p) =>
    `按照“谁起草、谁解读”，应由${p.expectedBody}解读，实际为${p.interpretingBody}${R80}`,
  'interpretation.missing': (p) => `规范性文件“${p.policyTitle}”涉及公众利益，应当配套解读，但没有解读${R80}`,
  'interpretation.noMaterial': () => '解读没有任何解读材料',
  'consultation.periodShort': (p) =>
    `公开征求意见的期限为 ${String(p.days)} 日，少于 ${String(p.minimum)} 日，且未说明缩短的原因（《重大行政决策程序暂行条例》第十五条）`,
  'consultation.decidedEarly': (p) =>
    `征求意见期限至 ${p.endsOn}，但决策在 ${p.decidedOn} 已经作出（《重大行政决策程序暂行条例》第十五条、第十八条）`,
  'consultation.feedbackMissing': (p) =>
    `征求意见已于 ${p.endsOn} 结束，尚未公布意见采纳情况（本地做法，依据国办发〔2016〕80号；可在设置中关闭）`,
  'consultation.adoptionNotExplained': (p) =>
    `决策已于 ${p.decidedOn} 作出，尚无意见采纳情况；社会公众普遍关心或者专业性、技术性较强的重大行政决策，公布时应当说明公众意见的采纳情况（《重大行政决策程序暂行条例》第三十二条）`,
  'consultation.reasonMissing': (p) =>
    `第 ${String(p.comment + 1)} 条意见未采纳，没有记录理由；提交决策机关讨论时须报送公众主要意见的研究采纳情况（《重大行政决策程序暂行条例》第二十九条第（二）项；逐条说明理由是本地做法，可在设置中关闭）`,
  'consultation.materialsMissing': () =>
    '公开征求意见应当公布决策草案及其说明等材料（《重大行政决策程序暂行条例》第十五条）',
  'response.late': (p) => `${DUTIES[p.duty] ?? p.duty}用时 ${String(p.hours)} 小时，超过 ${String(p.limit)} 小时的时限`,
  'response.missing': (p) => `应在 ${p.dueAt} 前${DUTIES[p.duty] ?? p.duty}，尚无记录`,
  'participation.duplicate': (p) => `公众参与事项清单中编号“${p.id}”重复`,
  'participation.method': (p) => `公众参与事项“${p.id}”没有写明参与方式`,
};
