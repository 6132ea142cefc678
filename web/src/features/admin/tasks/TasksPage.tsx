import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { ContactTaskFieldsFragment, ContactTaskInput } from '../../../gql/graphql';
import { humanize } from '../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { recipientLabel, triggerLabel } from './taskOptions';
import { TaskForm } from './TaskForm';
import {
  CONTACT_TASKS_QUERY,
  CREATE_CONTACT_TASK_MUTATION,
  DELETE_CONTACT_TASK_MUTATION,
  SET_CONTACT_TASK_ENABLED_MUTATION,
  UPDATE_CONTACT_TASK_MUTATION,
} from './tasksQuery';

type Editing = { kind: 'new' } | { kind: 'edit'; task: ContactTaskFieldsFragment } | null;

/** Configuration › Tasks: the emails sent automatically (SPEC 5). */
export function TasksPage() {
  const { data, loading, error, refetch } = useQuery(CONTACT_TASKS_QUERY);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ContactTaskFieldsFragment | null>(null);
  const [create, creating] = useMutation(CREATE_CONTACT_TASK_MUTATION, { refetchQueries: ['ContactTasks'] });
  const [update, updating] = useMutation(UPDATE_CONTACT_TASK_MUTATION);
  const [setEnabled, enabling] = useMutation(SET_CONTACT_TASK_ENABLED_MUTATION);
  const [remove, removing] = useMutation(DELETE_CONTACT_TASK_MUTATION, { refetchQueries: ['ContactTasks'] });
  const tasks = data?.contactTasks ?? [];
  const integration = data?.myTenant.trackingIntegrationEnabled ?? false;

  async function save(input: ContactTaskInput) {
    try {
      if (editing?.kind === 'edit') await update({ variables: { id: editing.task.id, input } });
      else await create({ variables: { input } });
      setEditing(null);
    } catch {
      // The form shows the error.
    }
  }

  function startEditing(next: Editing) {
    creating.reset();
    updating.reset();
    setEditing(next);
  }

  return (
    <section aria-labelledby="tasks-title">
      <div className="page-header">
        <h1 id="tasks-title">Contact tasks</h1>
        {!editing && (
          <button type="button" className="button button--primary" onClick={() => startEditing({ kind: 'new' })}>
            New task
          </button>
        )}
      </div>
      {loading && <Loading>Loading tasks…</Loading>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {editing && data && (
        <section className="card panel" aria-labelledby="task-form-title">
          <h2 id="task-form-title">{editing.kind === 'edit' ? `Edit “${editing.task.name}”` : 'New task'}</h2>
          <TaskForm
            key={editing.kind === 'edit' ? editing.task.id : 'new'}
            task={editing.kind === 'edit' ? editing.task : undefined}
            trackingIntegrationEnabled={integration}
            saving={creating.loading || updating.loading}
            error={editing.kind === 'edit' ? updating.error : creating.error}
            onSave={(input) => void save(input)}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      {data && tasks.length === 0 && !editing && <Empty>No tasks yet. A task sends an email when something happens to a consignment.</Empty>}
      <FormError error={enabling.error ?? removing.error} />
      {tasks.length > 0 && (
        <ul className="task-list">
          {tasks.map((task) => (
            <li key={task.id} className="card panel task">
              <div className="task__header">
                <h2 className="task__name">{task.name}</h2>
                <label className="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={task.enabled}
                    disabled={enabling.loading}
                    onChange={(e) => void setEnabled({ variables: { id: task.id, enabled: e.target.checked } }).catch(() => undefined)}
                  />
                  Enabled<span className="visually-hidden">: {task.name}</span>
                </label>
              </div>
              <p className="small">
                {humanize(task.level)} task · {triggerLabel(task.trigger)}
                {task.triggerStatus ? `: ${humanize(task.triggerStatus)}` : ''} · to: {recipientLabel(task.recipient)}
                {task.fixedEmail ? ` (${task.fixedEmail})` : ''}
              </p>
              <p>
                <strong>Subject:</strong> <code>{task.subject}</code>
              </p>
              <div className="toolbar">
                <button type="button" className="button button--small" onClick={() => startEditing({ kind: 'edit', task })}>
                  Edit<span className="visually-hidden"> {task.name}</span>
                </button>
                <button type="button" className="button button--small button--danger" onClick={() => setDeleting(task)}>
                  Delete<span className="visually-hidden"> {task.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete the task “${deleting.name}”?`}
          confirmLabel="Delete task"
          danger
          busy={removing.loading}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove({ variables: { id: deleting.id } }).finally(() => setDeleting(null)).catch(() => undefined)}
        >
          <p>It stops sending emails. Messages it already queued stay in the outbox.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
