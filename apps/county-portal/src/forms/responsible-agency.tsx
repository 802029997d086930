// 非本机关负责公开 (条例第三十六条第（五）项): the decision names the agency that holds the information
// and how to reach it — picked from the county's agencies on the platform, or typed for another one.
import type { Outcome } from '@gk/request-workflow';
import type { AgencyChoice } from '../data.js';

/** The decision form's fieldset: the county's agencies to pick from, or a name and contact to type. */
export const ResponsibleAgencyFields = ({
  id,
  agencies,
}: {
  id: (name: string) => string;
  agencies: readonly AgencyChoice[];
}) => (
  <fieldset>
    <legend>非本机关负责公开（第三十六条第（五）项）</legend>
    {agencies.length === 0 ? null : (
      <label for={id('responsibleAgencyId')}>
        本县负责公开的单位<span class="hint">选择后，告知书写明该单位的名称和联系方式</span>
        <select id={id('responsibleAgencyId')} name="responsibleAgencyId">
          <option value="">（不是本县平台上的单位，在下方填写）</option>
          {agencies.map((a) => (
            <option value={a.id}>{a.name}</option>
          ))}
        </select>
      </label>
    )}
    <label for={id('responsibleAgency')}>
      负责公开的行政机关<span class="hint">能够确定时填写，并填写其联系方式</span>
      <input type="text" id={id('responsibleAgency')} name="responsibleAgency" maxlength={200} />
    </label>
    <label for={id('responsibleAgencyContact')}>
      该机关的联系方式
      <input type="text" id={id('responsibleAgencyContact')} name="responsibleAgencyContact" maxlength={200} />
    </label>
  </fieldset>
);

/**
 * The agency the decision names, from the form: the one picked among the county's agencies (its name
 * and office contact), else the name and contact typed; `null` for none; a message for a wrong choice.
 * @param form - the form's fields
 * @param outcome - the decision's outcome
 * @param agencies - the county's other agencies
 */
export function responsibleAgencyOf(
  form: Readonly<Record<string, string | undefined>>,
  outcome: Outcome,
  agencies: readonly AgencyChoice[],
): { name: string; contact: string } | null | string {
  const chosenId = form.responsibleAgencyId ?? '';
  const chosen = agencies.find((a) => a.id === chosenId);
  if (chosenId !== '' && chosen === undefined) return '所选的负责公开的单位不是本县平台上的单位，未记录';
  if (chosen !== undefined && outcome !== 'unableToProvide.notHeld')
    return '只有办理结果为“本机关不掌握相关政府信息”时，才能告知负责公开的单位（《中华人民共和国政府信息公开条例》第三十六条第（五）项），未记录';
  const name = chosen?.name ?? form.responsibleAgency ?? '';
  const contact = chosen?.contact ?? form.responsibleAgencyContact ?? '';
  if ((name === '') !== (contact === ''))
    return '负责公开的行政机关和它的联系方式须一并填写（《中华人民共和国政府信息公开条例》第三十六条第（五）项），未记录';
  return name === '' ? null : { name, contact };
}
