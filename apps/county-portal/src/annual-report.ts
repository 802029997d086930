// An agency's annual report (第四十九条、第五十条) as the platform builds it: 表三 from its cases, 表四
// empty (复议 and 诉讼 are not recorded here), 表二's 规范性文件 line from its publications unless entered.
import type { AnnualReport } from '@gk/annual-report';
import { buildAnnualReport } from '@gk/annual-report';
import { normativeDocumentCounts } from '@gk/publication';
import type { Store } from '@gk/store';
import type { AgencyProfile } from './agency-data.js';

/**
 * The agency's report for `year`, or `undefined` when its profile has no proactive figures for it.
 * @param store - the store
 * @param agencyId - the agency
 * @param profile - its profile (name, the figures it entered)
 * @param year - the report's year
 */
export async function agencyReport(
  store: Store,
  agencyId: string,
  profile: AgencyProfile,
  year: number,
): Promise<AnnualReport | undefined> {
  const proactive = profile.proactive[String(year)];
  if (proactive === undefined) return undefined;
  return buildAnnualReport({
    format: '2021',
    year,
    issuer: profile.name,
    cases: await store.reportCases(year, { agencyId }),
    appeals: [],
    proactive: {
      ...proactive,
      normativeDocuments:
        proactive.normativeDocuments ??
        normativeDocumentCounts(await store.publications.states(agencyId, { forCompliance: true }), year),
    },
  });
}
