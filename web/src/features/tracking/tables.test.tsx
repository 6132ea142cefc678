import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider, messagesFor } from '../../i18n';
import { CargoSection } from './CargoSection';
import { PalletScansSection } from './PalletScansSection';
import type { TrackingCargoLine, TrackingPalletScan } from './types';

// The two tables of the public page: named by their section's heading, with column headers,
// row headers and (for cargo) a total row.

function inEnglish(children: ReactNode) {
  return render(
    <I18nProvider language="en" messages={messagesFor('en')} organizationLocale="en-GB">
      {children}
    </I18nProvider>,
  );
}

describe('section tables', () => {
  it('cargo: columns, one row a line, and the total weight when every line is weighed', () => {
    const cargo: TrackingCargoLine[] = [
      { description: 'Chilled goods', quantity: 12, packagingType: 'PALLET', weightKg: 480 },
      { description: 'Spare parts', quantity: 3, packagingType: 'BOX', weightKg: 20 },
    ];
    inEnglish(<CargoSection cargo={cargo} />);
    const table = screen.getByRole('table', { name: 'Cargo' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Description', 'Quantity', 'Packaging', 'Weight']);
    expect(within(table).getAllByRole('columnheader').map((th) => th.className)).toEqual(['', 'num', '', 'num']);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Chilled goods', 'Spare parts', 'Total']);
    const total = within(table).getByRole('rowheader', { name: 'Total' }).closest('tr');
    expect(total?.parentElement?.tagName).toBe('TFOOT');
    expect(total).toHaveTextContent('500');
  });

  it('cargo: no total row for a single line or an unweighed one', () => {
    const { unmount } = inEnglish(<CargoSection cargo={[{ description: 'One', quantity: 1, packagingType: 'CRATE', weightKg: 5 }]} />);
    expect(screen.queryByRole('rowheader', { name: 'Total' })).toBeNull();
    unmount();
    inEnglish(
      <CargoSection
        cargo={[
          { description: 'One', quantity: 1, packagingType: 'CRATE', weightKg: 5 },
          { description: 'Two', quantity: 1, packagingType: 'CRATE', weightKg: null },
        ]}
      />,
    );
    expect(screen.getByRole('table', { name: 'Cargo' }).querySelector('tfoot')).toBeNull();
  });

  it('pallet scans: newest first, under their column headers', () => {
    const scans: TrackingPalletScan[] = [
      { palletBarcode: 'PAL-001', event: 'LOADED', scannedAt: '2026-03-01T08:00:00.000Z', stopName: null },
      { palletBarcode: 'PAL-002', event: 'DAMAGED', scannedAt: '2026-03-01T09:00:00.000Z', stopName: 'Hub' },
    ];
    inEnglish(<PalletScansSection scans={scans} stops={[]} fallbackTimeZone="Europe/Amsterdam" />);
    const table = screen.getByRole('table', { name: 'Pallet scans' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Pallet', 'Event', 'Time', 'Stop']);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['PAL-002', 'PAL-001']);
    expect(table.querySelector('tfoot')).toBeNull();
  });
});
