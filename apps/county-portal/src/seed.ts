// The demo county's data, written through the packages: catalogues parsed by @gk/catalogue-schema from
// real county rows (@gk/guidelines), policies for @gk/interpretation, cases through @gk/request-workflow
// events into @gk/store. Nothing here is a SQL dump.
import type { CatalogueDocument } from '@gk/catalogue-schema';
import { safeParseCatalogue } from '@gk/catalogue-schema';
import type { LocalDate } from '@gk/core';
import { catalogueItemFromRow, REFERENCE_ROWS } from '@gk/guidelines';
import type { Interpretation, Policy } from '@gk/interpretation';
import type { Actor, CaseEvent } from '@gk/request-workflow';
import type { Store } from '@gk/store';
import { hashSecret } from '@gk/store';
import { chinaCalendar } from '@gk/workdays';
import agencySeed from '../seed/agency.json' with { type: 'json' };
import policySeed from '../seed/policies.json' with { type: 'json' };
import type { AgencyProfile, PolicyDocument, InterpretationDocument } from './data.js';
import { COUNTY_AGENCY_ID, indexNoSettings } from './data.js';
import { seedNewMedia } from './new-media.js';
import { seedOpenDays } from './open-days.js';
import { seedVillages } from './villages.js';
import { seedPolicyLibrary } from './policy-library.js';
import { seedParticipation } from './participation.js';
import { putAccount, seedAgencies } from './seed-agencies.js';
import { seedPublications } from './seed-publications.js';

/** The password of every demo account (printed on start; a real county uses its own sign-in). */
export const DEMO_PASSWORD = 'demo-2026';

/** The county's catalogues, one per domain, from the reference rows that carry every required cell. */
export function demoCatalogues(): { documents: CatalogueDocument[]; dropped: number } {
  const byDomain = new Map<string, (typeof REFERENCE_ROWS)[number][]>();
  for (const row of REFERENCE_ROWS) {
    if (row.primaryMatter === null || row.audience === undefined || row.mode === undefined) continue;
    byDomain.set(row.domain, [...(byDomain.get(row.domain) ?? []), row]);
  }
  const documents: CatalogueDocument[] = [];
  let dropped = REFERENCE_ROWS.length - [...byDomain.values()].reduce((n, rows) => n + rows.length, 0);
  for (const [domain, rows] of byDomain) {
    let items = rows.map((row) => ({ ...catalogueItemFromRow(row), extra: { 来源: row.source.url } }));
    const document = (): CatalogueDocument =>
      ({
        formatVersion: '1',
        header: {
          title: `示范县${domain}领域基层政务公开标准目录`,
          jurisdiction: { divisionCode: agencySeed.divisionCode, name: '示范县' },
          agency: { name: agencySeed.name },
          domain,
          version: '2026版（示范数据）',
          effectiveOn: '2026-01-01',
        },
        items,
      }) as unknown as CatalogueDocument;
    // A row whose 同上 points at a row left out cannot stand alone: leave it out too.
    for (let round = 0; round < 5; round += 1) {
      const parsed = safeParseCatalogue(document());
      if (parsed.success) break;
      const bad = new Set(parsed.issues.filter((i) => i.path[0] === 'items').map((i) => Number(i.path[1])));
      if (bad.size === 0) break;
      dropped += bad.size;
      items = items.filter((_, index) => !bad.has(index));
    }
    if (items.length > 0 && safeParseCatalogue(document()).success) documents.push(document());
    else dropped += items.length;
  }
  return { documents, dropped };
}

const registrar: Actor = { id: 'dengji', role: 'registrar', name: '林登记' };
const handler: Actor = { id: 'chengban', role: 'handler', name: '陈承办' };
const head: Actor = { id: 'fuze', role: 'head', name: '王负责' };

/** Demo cases at dates counted back from `today`, so the queue always has something due. */
function demoCases(today: LocalDate): { caseId: string; events: CaseEvent[] }[] {
  const back = (workdays: number): string => chinaCalendar.addWorkdays(today, -workdays);
  const year = today.slice(0, 4);
  const person = (name: string, residentId: string, phone: string) =>
    ({ kind: 'naturalPerson', name, residentId, phone }) as const;
  const receivedEvent = (on: string, applicant: ReturnType<typeof person>, description: string): CaseEvent => ({
    type: 'received',
    on,
    channel: 'inPerson',
    actor: registrar,
    applicant,
    request: { description, forms: ['paper'], deliveryPreferences: ['inPerson'] },
  });
  return [
    {
      caseId: `${year}-D001`,
      events: [
        receivedEvent(
          back(22),
          person('赵一', '11010519491231002X', '13900000001'),
          '示范县2025年城区道路改造项目的立项批复',
        ),
      ],
    },
    {
      caseId: `${year}-D002`,
      events: [
        receivedEvent(
          back(18),
          person('钱二', '110105194912310038', '13900000002'),
          '某镇2026年农村危房改造补助对象名单',
        ),
      ],
    },
    {
      caseId: `${year}-D003`,
      events: [
        receivedEvent(back(12), person('孙三', '11010519491231002X', '13900000003'), '关于学校的文件'),
        {
          type: 'clarificationRequested',
          on: back(10),
          actor: handler,
          items: ['请写明所需文件的名称、文号或者其他特征性描述'],
          periodWorkdays: 15,
        },
      ],
    },
    {
      caseId: `${year}-D004`,
      events: [
        receivedEvent(
          back(30),
          person('李四', '110105194912310038', '13900000004'),
          '示范县2025年度县级部门预算公开目录',
        ),
        { type: 'decided', on: back(12), actor: handler, outcome: 'disclosed', reason: '已主动公开，告知获取方式' },
        {
          type: 'delivered',
          on: back(11),
          actor: registrar,
          method: 'inPerson',
          notice: 'alreadyPublicNotice',
        },
      ],
    },
    {
      caseId: `${year}-D005`,
      events: [
        receivedEvent(back(19), person('周五', '11010519491231002X', '13900000005'), '某工业园区企业排污许可证'),
        { type: 'extensionApproved', on: back(2), actor: handler, workdays: 10, approver: head },
      ],
    },
  ];
}

/**
 * Writes the demo county into an empty store; a store that already holds the county is left as it is.
 * @param store - the store
 * @param today - the date the demo runs on
 * @returns what was written
 */
export async function seed(store: Store, today: LocalDate): Promise<{ seeded: boolean; summary: string }> {
  const existing = await store.getDocument<AgencyProfile>({
    agencyId: COUNTY_AGENCY_ID,
    kind: 'agency',
    id: 'profile',
  });
  if (existing !== undefined) {
    // Data written by an earlier version has no 复议机关: the demo county's is added, nothing else changes.
    if (existing.reconsiderationBody === undefined) {
      await store.putDocument(
        { agencyId: COUNTY_AGENCY_ID, kind: 'agency', id: 'profile' },
        { ...existing, reconsiderationBody: agencySeed.reconsiderationBody, court: agencySeed.court },
      );
    }
    // A store seeded before the county had departments and townships gets them now.
    const added = await seedAgencies(store, today, demoCatalogues().documents, await hashSecret(DEMO_PASSWORD));
    await seedNewMedia(store, today);
    await seedOpenDays(store, today);
    await seedVillages(store);
    await seedPolicyLibrary(store);
    await seedParticipation(store, today);
    return {
      seeded: added > 0,
      summary: added > 0 ? `数据已存在；补充写入 ${String(added)} 个部门和乡镇（街道）` : '数据已存在，未重新写入',
    };
  }

  const year = Number(today.slice(0, 4));
  const profile: AgencyProfile = {
    name: agencySeed.name,
    divisionCode: agencySeed.divisionCode,
    indexNo: agencySeed.indexNo,
    office: agencySeed.office,
    reconsiderationBody: agencySeed.reconsiderationBody,
    court: agencySeed.court,
    level: 'government',
    guideRevisedOn: `${String(year)}-01-01`,
    // The demo's proactive figures are written for the year it starts in and the year before.
    proactive: {
      [String(year - 1)]: agencySeed.proactive.previousYear,
      [String(year)]: agencySeed.proactive.currentYear,
    },
  };
  // One hash for every demo account: they share the demo password.
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  for (const account of agencySeed.staff) await putAccount(store, account, COUNTY_AGENCY_ID, passwordHash);
  const { documents, dropped } = demoCatalogues();
  for (const document of documents)
    await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: 'catalogue', id: document.header.domain }, document);
  for (const entry of policySeed.policies) {
    const policy: PolicyDocument = { policy: entry.policy as Policy, docNo: entry.docNo, text: entry.text };
    await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: 'policy', id: entry.policy.id }, policy);
  }
  for (const entry of policySeed.interpretations) {
    const interpretation = {
      interpretation: entry.interpretation as Interpretation,
      sections: entry.sections,
    } as InterpretationDocument;
    await store.putDocument(
      { agencyId: COUNTY_AGENCY_ID, kind: 'interpretation', id: entry.interpretation.id },
      interpretation,
    );
  }
  const publicationCount = await seedPublications(store, documents, today, {
    indexNo: indexNoSettings(profile),
    interpretationId: policySeed.interpretations[0]?.interpretation.id,
    policy:
      policySeed.policies[0] === undefined
        ? undefined
        : {
            title: policySeed.policies[0].policy.title,
            docNo: policySeed.policies[0].docNo,
            text: policySeed.policies[0].text,
          },
  });
  const cases = demoCases(today);
  for (const { caseId, events } of cases) await store.append({ agencyId: COUNTY_AGENCY_ID, caseId }, events, 0);
  await store.submitApplication(
    COUNTY_AGENCY_ID,
    {
      applicant: {
        kind: 'organization',
        category: 'research',
        name: '示范大学公共管理学院',
        uscc: '91350200MA2Y0UX97A',
        contactName: '吴老师',
        email: 'research@example.edu.cn',
      },
      request: {
        description: '示范县2024年至2026年政府信息公开申请办理情况统计',
        forms: ['electronic'],
        deliveryPreferences: ['email'],
      },
    },
    today,
  );
  const agencies = await seedAgencies(store, today, documents, passwordHash);
  const accounts = await seedNewMedia(store, today);
  const days = await seedOpenDays(store, today);
  await seedVillages(store);
  await seedPolicyLibrary(store);
  await seedParticipation(store, today);
  // The profile goes last: its presence marks a complete seed.
  await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: 'agency', id: 'profile' }, profile);
  const items = documents.reduce((n, d) => n + d.items.length, 0);
  return {
    seeded: true,
    summary: `写入 ${String(documents.length)} 个领域目录（${String(items)} 个事项，另有 ${String(dropped)} 行参考数据缺少必填的单元格（公开对象、公开方式或一级事项）未采用）、${String(policySeed.policies.length)} 件政策、${String(publicationCount)} 条主动公开信息、${String(cases.length)} 个案件、1 件待登记的网上申请、${String(agencySeed.staff.length)} 个工作人员账号；另有 ${String(agencies)} 个部门和乡镇（街道）及其目录、信息、案件和账号，${String(accounts)} 个政务新媒体账号、${String(days)} 次政府开放日`,
  };
}
