// A printable copy of an application as the applicant submitted it (their own data, unmasked).
import {
  DELIVERY_PREFERENCE_LABELS,
  INFORMATION_FORM_LABELS,
  ORGANIZATION_CATEGORY_LABELS,
} from '@gk/request-workflow';
import type { ApplicantRecord } from '@gk/store';

/** The application's copy: the applicant, the request, the receipt number and the dates. */
export const ApplicationCopy = ({ record, agencyName }: { record: ApplicantRecord; agencyName: string }) => {
  const application = record.application;
  if (application === null) return null;
  const { applicant, request } = application;
  const rows: [string, string | undefined][] = [
    ['受理机关', agencyName],
    ['回执号', record.receiptNo],
    ['提交日期', record.submittedOn],
    ['登记确认日期（收到申请之日）', record.registeredOn ?? '尚未登记'],
    [
      '申请人类型',
      applicant.kind === 'naturalPerson'
        ? '自然人'
        : `法人或其他组织（${ORGANIZATION_CATEGORY_LABELS[applicant.category]['zh-CN']}）`,
    ],
    ['申请人', applicant.name],
    ...(applicant.kind === 'naturalPerson'
      ? ([['公民身份号码', applicant.residentId]] as [string, string | undefined][])
      : ([
          ['统一社会信用代码', applicant.uscc],
          ['联系人', applicant.contactName],
        ] as [string, string | undefined][])),
    [
      '其他身份证明',
      applicant.idDocument === undefined ? undefined : `${applicant.idDocument.type} ${applicant.idDocument.number}`,
    ],
    ['联系电话', applicant.phone],
    ['电子邮箱', applicant.email],
    ['通信地址', applicant.address],
    ['所需信息的名称、文号或特征性描述', request.description],
    ['文号', request.documentNumbers?.join('、')],
    ['形式要求', request.forms?.map((form) => INFORMATION_FORM_LABELS[form]['zh-CN']).join('、')],
    [
      '获取方式',
      request.deliveryPreferences?.map((preference) => DELIVERY_PREFERENCE_LABELS[preference]['zh-CN']).join('、'),
    ],
  ];
  return (
    <article class="notice-document">
      <h1>政府信息公开申请（副本）</h1>
      <dl class="facts">
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
          .map(([label, value]) => (
            <>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </>
          ))}
      </dl>
    </article>
  );
};
