import { describe, expect, it, jest } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsignmentFilters } from './ConsignmentFilters';

describe('ConsignmentFilters', () => {
  it('filters by status: all, or one of them in words', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<ConsignmentFilters value={{ search: 'PO', status: '' }} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Status' });
    expect(select).toHaveValue('');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All statuses',
      'Draft',
      'To plan',
      'Planned',
      'In transit',
      'Delivered',
      'Cancelled',
    ]);
    await user.selectOptions(select, 'In transit');
    expect(onChange).toHaveBeenCalledWith({ search: 'PO', status: 'IN_TRANSIT' });
  });
});
