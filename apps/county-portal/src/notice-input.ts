// A notice's facts from the agency's profile and the case: shared by the staff desk and the applicant's page.
import type { CaseState, NoticeInput } from '@gk/request-workflow';
import { DELIVERY_PREFERENCE_LABELS } from '@gk/request-workflow';
import type { AgencyProfile } from './data.js';

/** A notice's facts from the agency's profile and the case: what the decision did not record is derived here. */
export function noticeInput(profile: AgencyProfile, state: CaseState): NoticeInput {
  const preferences = state.request?.deliveryPreferences ?? [];
  return {
    agency: {
      name: profile.name,
      ...(profile.office.address === undefined ? {} : { address: profile.office.address }),
      ...(profile.office.phone === undefined ? {} : { phone: profile.office.phone }),
      ...(profile.reconsiderationBody === undefined ? {} : { reconsiderationBody: profile.reconsiderationBody }),
      ...(profile.court === undefined ? {} : { court: profile.court }),
    },
    ...(state.decision?.howToObtain != null
      ? {}
      : {
          howToObtain:
            preferences.length === 0
              ? '请到本机关政务公开办公室领取'
              : `按您选择的方式（${preferences.map((p) => DELIVERY_PREFERENCE_LABELS[p]['zh-CN']).join('、')}）提供`,
        }),
  };
}
