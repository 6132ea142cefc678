import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RECALCULATE_TASKS_MUTATION } from './consignmentsQuery';
import { FormError } from '../ui/QueryStates';

/** Orders per request: small batches, so the progress moves and one failure loses little. */
const BATCH = 10;

interface Totals {
  orders: number;
  consignments: number;
  linksCreated: number;
  emailsQueued: number;
}

/**
 * "Recalculate tasks" for the selected orders (SPEC 2.9): creates missing links and runs the
 * contact tasks that apply, in batches with progress, then a summary.
 */
export function RecalculateTasksButton({ orderIds, onDone }: { orderIds: string[]; onDone: () => void }) {
  const [recalculate] = useMutation(RECALCULATE_TASKS_MUTATION);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<Totals | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run() {
    setSummary(null);
    setError(null);
    const totals: Totals = { orders: 0, consignments: 0, linksCreated: 0, emailsQueued: 0 };
    setProgress({ done: 0, total: orderIds.length });
    try {
      for (let i = 0; i < orderIds.length; i += BATCH) {
        const batch = orderIds.slice(i, i + BATCH);
        const { data } = await recalculate({ variables: { orderIds: batch } });
        if (data) {
          totals.consignments += data.recalculateTasks.consignments;
          totals.linksCreated += data.recalculateTasks.linksCreated;
          totals.emailsQueued += data.recalculateTasks.emailsQueued;
        }
        totals.orders += batch.length;
        setProgress({ done: totals.orders, total: orderIds.length });
      }
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
      setSummary(totals.orders > 0 ? { ...totals } : null);
    }
  }

  return (
    <div className="recalculate">
      <button type="button" className="button" disabled={orderIds.length === 0 || progress !== null} onClick={run}>
        Recalculate tasks{orderIds.length > 0 ? ` (${orderIds.length} order${orderIds.length === 1 ? '' : 's'})` : ''}
      </button>
      {progress && (
        <span role="status" className="recalculate__progress">
          <progress max={progress.total} value={progress.done} aria-label="Recalculating tasks" />
          {` ${progress.done} of ${progress.total} orders`}
        </span>
      )}
      {summary && (
        <p role="status" className="notice">
          {`Recalculated ${summary.orders} order${summary.orders === 1 ? '' : 's'} (${summary.consignments} consignments): ` +
            `${summary.linksCreated} tracking link${summary.linksCreated === 1 ? '' : 's'} created, ` +
            `${summary.emailsQueued} email${summary.emailsQueued === 1 ? '' : 's'} queued.`}
        </p>
      )}
      <FormError error={error} />
    </div>
  );
}
