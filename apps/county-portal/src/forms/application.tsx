// The online application form → the domain's Application, and its issues → the form's fields.
import type { Applicant, Application, DeliveryPreference, InformationForm } from '@gk/request-workflow';
import { checkApplication, formatRequestIssue } from '@gk/request-workflow';

/** The application as typed, kept to fill the form again after an error. */
export type ApplyForm = Record<string, string | string[]>;

/** The application a form describes (blank fields left out; lists split by line). */
export function applicationFrom(form: ApplyForm): Application {
  const text = (name: string): string | undefined => {
    const value = form[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const list = (name: string): string[] => {
    const value = form[name];
    return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
  };
  const documentType = text('idDocumentType');
  const documentNumber = text('idDocumentNumber');
  const idDocument =
    documentType === undefined && documentNumber === undefined
      ? {}
      : { idDocument: { type: documentType ?? '', number: documentNumber ?? '' } };
  const contact = {
    ...(text('phone') === undefined ? {} : { phone: text('phone') }),
    ...(text('email') === undefined ? {} : { email: text('email') }),
    ...(text('address') === undefined ? {} : { address: text('address') }),
  };
  const applicant = (
    text('kind') === 'organization'
      ? {
          kind: 'organization',
          name: text('name') ?? '',
          category: text('category') ?? '',
          ...(text('uscc') === undefined ? {} : { uscc: text('uscc')?.toUpperCase() }),
          ...idDocument,
          ...(text('contactName') === undefined ? {} : { contactName: text('contactName') }),
          ...contact,
        }
      : {
          kind: 'naturalPerson',
          name: text('name') ?? '',
          ...(text('residentId') === undefined ? {} : { residentId: text('residentId')?.toUpperCase() }),
          ...idDocument,
          ...contact,
        }
  ) as Applicant;
  const documentNumbers = (text('documentNumbers') ?? '')
    .split(/[\n,，;；]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    applicant,
    request: {
      description: text('description') ?? '',
      ...(documentNumbers.length === 0 ? {} : { documentNumbers }),
      forms: list('forms') as InformationForm[],
      deliveryPreferences: list('deliveryPreferences') as DeliveryPreference[],
    },
  };
}

const FIELD_OF: Readonly<Record<string, string>> = {
  name: 'name',
  residentId: 'residentId',
  uscc: 'uscc',
  category: 'category',
  phone: 'phone',
  email: 'email',
  address: 'address',
  description: 'description',
  idDocument: 'idDocumentType',
  forms: 'forms-paper',
  deliveryPreferences: 'forms-paper',
  kind: 'kind-naturalPerson',
  contactName: 'contactName',
  documentNumbers: 'documentNumbers',
  number: 'idDocumentNumber',
};

/** The request engine's verdict on an application, each message placed beside its field. */
export function fieldErrors(application: Application): { field: string; message: string }[] {
  return checkApplication(application).map((issue) => {
    const key = [...issue.path].reverse().find((part) => typeof part === 'string' && Object.hasOwn(FIELD_OF, part));
    return { field: FIELD_OF[String(key)] ?? 'name', message: formatRequestIssue({ ...issue, path: [] }) };
  });
}
