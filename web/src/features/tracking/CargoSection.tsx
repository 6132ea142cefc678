import { useI18n } from '../../i18n';
import { hasItems, Section } from './Section';
import type { TrackingCargoLine } from './types';

export function CargoSection({ cargo }: { cargo: TrackingCargoLine[] | null }) {
  const { messages, format } = useI18n();
  if (!hasItems(cargo)) return null;
  const m = messages.cargo;
  const allWeighed = cargo.every((line) => line.weightKg !== null);
  const totalKg = cargo.reduce((sum, line) => sum + (line.weightKg ?? 0), 0);
  return (
    <Section title={m.heading} className="tp-cargo">
      {(headingId) => (
        <div className="tp-table-scroll">
          <table className="tp-table" role="table" aria-labelledby={headingId}>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">
                  {m.description}
                </th>
                <th role="columnheader" scope="col" className="num">
                  {m.quantity}
                </th>
                <th role="columnheader" scope="col">
                  {m.packaging}
                </th>
                <th role="columnheader" scope="col" className="num">
                  {m.weight}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
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
            </tbody>
            {cargo.length > 1 && allWeighed && (
              <tfoot role="rowgroup">
                <tr role="row">
                  <th role="rowheader" scope="row" colSpan={3}>
                    {m.total}
                  </th>
                  <td role="cell" className="num" data-label={m.weight}>
                    {format.weightKg(totalKg)}
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </Section>
  );
}
