import { useI18n } from '../../i18n';
import { FieldList, Section } from './Section';
import type { TrackingPage } from './wire';

/** Customer reference, container, transport service, custom and extra fields: label/value pairs. */
export function DetailsSection({ page }: { page: TrackingPage }) {
  const { messages } = useI18n();
  const m = messages.details;
  const fields = [
    { label: m.customerReference, value: page.customerReference },
    { label: m.containerNumber, value: page.containerNumber },
    { label: m.transportService, value: page.transportService },
    ...(page.customFields ?? []),
    ...(page.extraFields ?? []),
  ];
  if (!fields.some((field) => field.value?.trim())) return null;
  return <Section title={m.heading} className="tp-details">{() => <FieldList fields={fields} />}</Section>;
}
