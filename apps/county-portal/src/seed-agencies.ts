// The demo county's departments and townships (seed/agencies.json): each with its profile, the
// catalogues of its domains, a few publications and requests dated back from `today`, and staff
// accounts; and the county's 政务公开办 account. Some agencies publish late or leave a request
// unanswered past its time limit (`lateness`), so the supervision desk has differences to show.
import type { CatalogueDocument } from '@gk/catalogue-schema';
import type { LocalDate } from '@gk/core';
import { nextIndexNo } from '@gk/publication';
import type { Actor, CaseEvent } from '@gk/request-workflow';
import type { Store } from '@gk/store';
import { chinaCalendar } from '@gk/workdays';
import agenciesSeed from '../seed/agencies.json' with { type: 'json' };
import type { AgencyProfile, AgencyRegistry, StaffAccount } from './data.js';
import { AGENCY_REGISTRY_REF, COUNTY_AGENCY_ID, DISCLOSURE_RULES_TOPIC } from './data.js';
import type { DemoPublication } from './seed-publications.js';
import { history } from './seed-publications.js';

type SeedAgency = (typeof agenciesSeed.agencies)[number];

/** The office's account: a head of the county government who is also its 政务公开办. */
export const OFFICE_USERNAME: string = agenciesSeed.office.username;

/** The demo agencies' ids, in the order the county overview lists them. */
export const DEMO_AGENCY_IDS: readonly string[] = agenciesSeed.agencies.map((a) => a.agencyId);

const profileOf = (a: SeedAgency, year: number): AgencyProfile => {
  const figures = (licensing: number) => ({
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    licensingDecisions: licensing,
    penaltyDecisions: a.level === 'township' ? 0 : 12,
    enforcementDecisions: 0,
    feesTenThousandYuan: 0,
  });
  return {
    name: a.name,
    divisionCode: a.agencyId.slice(0, 6),
    level: a.level as AgencyProfile['level'] & string,
    uscc: a.uscc,
    indexNo: { agencyCode: a.uscc, pattern: '{agencyCode}/{year}-{sequence:5}' },
    office: a.office,
    reconsiderationBody: a.reconsiderationBody,
    court: a.court,
    guideRevisedOn: `${String(year)}-01-01`,
    proactive: {
      [String(year - 1)]: { ...figures(80), normativeDocuments: { issued: 1, repealed: 0, inForce: 4 } },
      [String(year)]: figures(95),
    },
  };
};

/** The agency's copy of the county's catalogue of each of its domains, under its name. */
const cataloguesOf = (a: SeedAgency, county: readonly CatalogueDocument[]): CatalogueDocument[] =>
  county
    .filter((d) => a.domains.includes(d.header.domain))
    .map((d) => ({
      ...d,
      header: { ...d.header, title: `${a.name}${d.header.domain}领域政务公开标准目录`, agency: { name: a.name } },
    }));

const workdayItems = (catalogues: readonly CatalogueDocument[]): string[] =>
  catalogues.flatMap((c) =>
    c.items
      .filter((i) => /^[^;；]*\d+\s*个工作日[^;；]*$/.test(i.timeLimit) && i.id !== undefined)
      .map((i) => i.id ?? ''),
  );

/** Two publications under its catalogue (the second late when `lateness` ≥ 1) and its 公开制度. */
function publicationsOf(a: SeedAgency, catalogues: readonly CatalogueDocument[]): DemoPublication[] {
  const [first, second] = workdayItems(catalogues);
  const domain = a.domains[0] ?? '';
  return [
    {
      id: 'pub-1',
      itemId: first,
      title: `${a.name}关于${domain}工作情况的公告`,
      topic: domain,
      kind: 'announcement',
      body: `${a.name}现将本年度${domain}工作情况公告如下：一、工作进展；二、主要数据；三、下一步安排。`,
      formed: 12,
      published: 8,
      publisher: a.name,
    },
    {
      id: 'pub-2',
      itemId: second ?? first,
      title: `${a.name}${domain}相关政策措施`,
      topic: domain,
      kind: 'notice',
      body: `为做好${domain}工作，${a.name}制定以下措施：一、明确责任；二、规范流程；三、加强监督。`,
      formed: a.lateness >= 1 ? 45 : 10,
      published: a.lateness >= 1 ? 5 : 6,
      publisher: a.name,
    },
    {
      id: 'pub-3',
      itemId: undefined,
      title: `${a.name}政府信息公开工作制度`,
      topic: DISCLOSURE_RULES_TOPIC,
      kind: 'other',
      body: `第一条 为做好${a.name}政府信息公开工作，根据《中华人民共和国政府信息公开条例》，制定本制度。\n第二条 本机关办公室是政府信息公开工作机构，负责本机关政府信息公开的日常工作。`,
      formed: 40,
      published: 40,
      publisher: a.name,
    },
  ];
}

/** An answered request, one still within its time and, when `lateness` is 2, one overdue. */
function casesOf(a: SeedAgency, today: LocalDate): { caseId: string; events: CaseEvent[] }[] {
  const back = (workdays: number): string => chinaCalendar.addWorkdays(today, -workdays);
  const actor = (index: number): Actor => {
    const s = a.staff[index];
    return { id: s?.username ?? '', role: (s?.role ?? 'registrar') as NonNullable<Actor['role']>, name: s?.name ?? '' };
  };
  const [registrar, handler] = [actor(0), actor(1)];
  const domain = a.domains[0] ?? '';
  const received = (on: string, name: string, description: string): CaseEvent => ({
    type: 'received',
    on,
    channel: 'inPerson',
    actor: registrar,
    applicant: { kind: 'naturalPerson', name, residentId: '110105194912310038', phone: '13900000010' },
    request: { description, forms: ['paper'], deliveryPreferences: ['inPerson'] },
  });
  const year = today.slice(0, 4);
  const cases: { caseId: string; events: CaseEvent[] }[] = [
    {
      caseId: `${year}-A001`,
      events: [
        received(back(30), '郭一', `${a.name}${domain}专项资金的分配结果`),
        { type: 'decided', on: back(16), actor: handler, outcome: 'disclosed', reason: '予以公开' },
        { type: 'delivered', on: back(15), actor: registrar, method: 'inPerson', notice: 'disclosedNotice' },
      ],
    },
    { caseId: `${year}-A002`, events: [received(back(4), '唐二', `${a.name}2025年${domain}工作总结`)] },
  ];
  if (a.lateness >= 2)
    cases.push({ caseId: `${year}-A003`, events: [received(back(26), '曹三', `${a.name}某项目的审批文件`)] });
  return cases;
}

/**
 * Writes a demo staff account of an agency (every account is kept under the county government's id).
 * @param store - the store
 * @param account - username, name and role, as the seed files give them
 * @param agencyId - the agency the account belongs to
 * @param passwordHash - `hashSecret(DEMO_PASSWORD)`
 */
export async function putAccount(
  store: Store,
  account: { readonly username: string; readonly name: string; readonly role: string },
  agencyId: string,
  passwordHash: string,
): Promise<void> {
  const staff: StaffAccount = {
    username: account.username,
    name: account.name,
    role: account.role as StaffAccount['role'],
    passwordHash,
    agencyId,
  };
  await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: 'staff', id: staff.username }, staff);
}

/**
 * Writes the county's departments and townships and the office's account; a store whose county already
 * lists its agencies is left as it is.
 * @param store - the store
 * @param today - the date the demo runs on
 * @param county - the county government's catalogues, from which each agency takes its domains'
 * @param passwordHash - the demo accounts' password hash (`hashSecret(DEMO_PASSWORD)`)
 * @returns how many agencies were written (0: already there)
 */
export async function seedAgencies(
  store: Store,
  today: LocalDate,
  county: readonly CatalogueDocument[],
  passwordHash: string,
): Promise<number> {
  const registryRef = { agencyId: COUNTY_AGENCY_ID, ...AGENCY_REGISTRY_REF };
  if ((await store.getDocument(registryRef)) !== undefined) return 0;
  const year = Number(today.slice(0, 4));
  const office: StaffAccount = {
    ...(agenciesSeed.office as Pick<StaffAccount, 'username' | 'name' | 'role'>),
    passwordHash,
    agencyId: COUNTY_AGENCY_ID,
    supervisingOffice: true,
  };
  await store.putDocument({ agencyId: COUNTY_AGENCY_ID, kind: 'staff', id: office.username }, office);
  for (const a of agenciesSeed.agencies) {
    const profile = profileOf(a, year);
    for (const s of a.staff) await putAccount(store, s, a.agencyId, passwordHash);
    const catalogues = cataloguesOf(a, county);
    for (const c of catalogues)
      await store.putDocument({ agencyId: a.agencyId, kind: 'catalogue', id: c.header.domain }, c);
    const used: string[] = [];
    for (const p of publicationsOf(a, catalogues)) {
      const formedYear = Number(chinaCalendar.addWorkdays(today, -p.formed).slice(0, 4));
      const indexNo = nextIndexNo(used, {
        agencyCode: a.uscc,
        pattern: '{agencyCode}/{year}-{sequence:5}',
        year: formedYear,
      });
      used.push(indexNo);
      await store.publications.append({ agencyId: a.agencyId, publicationId: p.id }, history(p, indexNo, today), 0);
    }
    for (const { caseId, events } of casesOf(a, today)) await store.append({ agencyId: a.agencyId, caseId }, events, 0);
    await store.putDocument({ agencyId: a.agencyId, kind: 'agency', id: 'profile' }, profile);
  }
  const registry: AgencyRegistry = { agencyIds: [COUNTY_AGENCY_ID, ...DEMO_AGENCY_IDS] };
  // The registry goes last: its presence marks the agencies complete.
  await store.putDocument(registryRef, registry);
  return agenciesSeed.agencies.length;
}
