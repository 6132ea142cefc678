import { useEffect, useId, useState } from 'react';
import type { ConsignmentStatus } from '../../../gql/graphql';
import { filterOptions, SelectField } from '../ui/SelectField';

export const CONSIGNMENT_STATUSES: ConsignmentStatus[] = ['DRAFT', 'TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED'];

export interface Filters {
  search: string;
  status: ConsignmentStatus | '';
  /** Only consignments a recipient rated poorly (2 or lower). */
  lowRatings?: boolean;
}

/** A rating at or below this is a poor one (FEEDBACK_LIMITS.lowRating). */
export const LOW_RATING = 2;

/** Search (applied after a short pause in typing), a status filter and poor ratings. */
export function ConsignmentFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const searchId = useId();
  const [search, setSearch] = useState(value.search);

  useEffect(() => {
    if (search === value.search) return;
    const timer = window.setTimeout(() => onChange({ ...value, search }), 300);
    return () => window.clearTimeout(timer);
  }, [search, value, onChange]);

  return (
    <div className="toolbar" role="search">
      <div className="field field--inline">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder="Reference, container, customer"
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <SelectField
        label="Status"
        className="field--inline"
        value={value.status}
        options={filterOptions(CONSIGNMENT_STATUSES, 'All statuses')}
        onChange={(status) => onChange({ ...value, status })}
      />
      <label className="field field--inline field--check">
        <input type="checkbox" checked={!!value.lowRatings} onChange={(e) => onChange({ ...value, lowRatings: e.target.checked })} />
        Rated {LOW_RATING} or lower
      </label>
    </div>
  );
}
