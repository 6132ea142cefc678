import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatTotal } from '../ui/format';
import { Empty, ErrorState, Loading } from '../ui/QueryStates';
import { ConsignmentFilters, LOW_RATING, type Filters } from './ConsignmentFilters';
import { ConsignmentsTable } from './ConsignmentsTable';
import { CONSIGNMENTS_QUERY, PAGE_SIZE } from './consignmentsQuery';
import { RecalculateTasksButton } from './RecalculateTasksButton';

export function ConsignmentsPage() {
  const [filters, setFilters] = useState<Filters>({ search: '', status: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const filter = useMemo(
    () => ({ search: filters.search.trim() || undefined, status: filters.status || undefined, maxRating: filters.lowRatings ? LOW_RATING : undefined }),
    [filters],
  );
  const { data, loading, error, fetchMore, refetch } = useQuery(CONSIGNMENTS_QUERY, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.consignments;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const changeFilters = useCallback((next: Filters) => setFilters(next), []);

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  function toggleOrder(orderId: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(orderId);
      else next.delete(orderId);
      return next;
    });
  }

  return (
    <section aria-labelledby="consignments-title">
      <div className="page-header">
        <h1 id="consignments-title">Consignments</h1>
        <Link to="/admin/consignments/new" className="button button--primary">
          New order
        </Link>
      </div>
      <ConsignmentFilters value={filters} onChange={changeFilters} />
      <div className="toolbar">
        <RecalculateTasksButton orderIds={[...selected]} onDone={() => void refetch()} />
        {selected.size > 0 && (
          <button type="button" className="button button--link" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        )}
      </div>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading>Loading consignments…</Loading>}
      {connection && rows.length === 0 && (
        <Empty>{filter.search || filter.status || filter.maxRating ? 'No consignments match these filters.' : 'No consignments yet. Create an order to start.'}</Empty>
      )}
      {rows.length > 0 && (
        <>
          <ConsignmentsTable rows={rows} selectedOrders={selected} onToggleOrder={toggleOrder} />
          <p className="muted" aria-live="polite">
            {`Showing ${rows.length.toLocaleString('en-US')} of ${connection ? formatTotal(connection.total) : rows.length}`}
          </p>
          {connection?.pageInfo.hasNextPage && (
            <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
