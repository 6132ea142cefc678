import { memo } from 'react';
import { useI18n } from '../../i18n';
import { hasItems, Section, SectionTable } from './Section';
import type { TrackingCargoLine } from './types';

/**
 * The cargo lines and their total weight. Memoised: the page re-renders for every driver
 * position and connection change; its lines change only with a new page.
 */
export const CargoSection = memo(function CargoSection({ cargo }: { cargo: TrackingCargoLine[] | null }) {
  const { messages, format } = useI18n();
  if (!hasItems(cargo)) return null;
  const m = messages.cargo;
  const allWeighed = cargo.every((line) => line.weightKg !== null);
  const totalKg = cargo.reduce((sum, line) => sum + (line.weightKg ?? 0), 0);
  return (
    <Section title={m.heading} className="tp-cargo">
      {(headingId) => (
        <SectionTable
          labelledBy={headingId}
          columns={[
            { label: m.description },
            { label: m.quantity, numeric: true },
            { label: m.packaging },
            { label: m.weight, numeric: true },
          ]}
          footer={
            cargo.length > 1 &&
            allWeighed && (
              <tr role="row">
                <th role="rowheader" scope="row" colSpan={3}>
                  {m.total}
                </th>
                <td role="cell" className="num" data-label={m.weight}>
                  {format.weightKg(totalKg)}
                </td>
              </tr>
            )
          }
        >
          {cargo.map((line, index) => (
            <tr role="row" key={index}>
              <th role="rowheader" scope="row">
                {line.description}
              </th>
              <td role="cell" className="num" data-label={m.quantity}>
                {format.number(line.quantity)}
              </td>
              <td role="cell" data-label={m.packaging}>
                {messages.packagingTypes[line.packagingType]}
              </td>
              <td role="cell" className="num" data-label={m.weight}>
                {line.weightKg === null ? '–' : format.weightKg(line.weightKg)}
              </td>
            </tr>
          ))}
        </SectionTable>
      )}
    </Section>
  );
});
