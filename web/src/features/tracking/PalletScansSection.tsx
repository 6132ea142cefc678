import { memo, useState } from 'react';
import { interpolate, useI18n } from '../../i18n';
import { hasItems, Section, SectionTable } from './Section';
import type { TrackingPalletScan, TrackingStop } from './types';

const COLLAPSED_COUNT = 5;
const PROBLEM_EVENTS = new Set<TrackingPalletScan['event']>(['DAMAGED', 'MISSING']);

/**
 * Scan history, newest first; a scan's time is shown in its stop's zone when the stop is known.
 * Memoised: the page re-renders for every driver position and connection change; its lines
 * change only with a new page.
 */
export const PalletScansSection = memo(function PalletScansSection({
  scans,
  stops,
  fallbackTimeZone,
}: {
  scans: TrackingPalletScan[] | null;
  stops: TrackingStop[];
  fallbackTimeZone: string;
}) {
  const { messages, format } = useI18n();
  const [expanded, setExpanded] = useState(false);
  if (!hasItems(scans)) return null;
  const m = messages.scans;
  const sorted = [...scans].sort((a, b) => Date.parse(b.scannedAt) - Date.parse(a.scannedAt));
  const shown = expanded ? sorted : sorted.slice(0, COLLAPSED_COUNT);
  const zoneOf = (stopName: string | null) => stops.find((stop) => stop.name === stopName)?.timezone ?? fallbackTimeZone;
  return (
    <Section title={m.heading} className="tp-scans">
      {(headingId) => (
        <>
          <SectionTable
            labelledBy={headingId}
            columns={[{ label: m.pallet }, { label: m.event }, { label: m.time }, { label: m.stop }]}
          >
            {shown.map((scan, index) => (
              <tr role="row" key={`${scan.palletBarcode}-${scan.scannedAt}-${index}`}>
                <th role="rowheader" scope="row" className="tp-code">
                  {scan.palletBarcode}
                </th>
                <td role="cell" data-label={m.event} className={PROBLEM_EVENTS.has(scan.event) ? 'tp-problem' : undefined}>
                  {messages.scanEvents[scan.event]}
                </td>
                <td role="cell" data-label={m.time}>
                  <time dateTime={scan.scannedAt}>{format.shortDateTime(scan.scannedAt, zoneOf(scan.stopName))}</time>
                </td>
                <td role="cell" data-label={m.stop}>
                  {scan.stopName ?? '–'}
                </td>
              </tr>
            ))}
          </SectionTable>
          {sorted.length > COLLAPSED_COUNT && (
            <button type="button" className="button tp-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? m.showFewer : interpolate(m.showAll, { count: format.number(sorted.length) })}
            </button>
          )}
        </>
      )}
    </Section>
  );
});
