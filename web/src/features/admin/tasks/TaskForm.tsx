import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../apollo/fieldErrors';
import type { ContactTaskFieldsFragment, ContactTaskInput } from '../../../gql/graphql';
import { FormError } from '../ui/QueryStates';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { LEVELS, recipientsFor, TRIGGER_STATUSES, triggersFor, variablesFor } from './taskOptions';
import { VariableTextField } from './VariableTextField';

export interface TaskFormProps {
  task?: ContactTaskFieldsFragment;
  trackingIntegrationEnabled: boolean;
  saving: boolean;
  error: unknown;
  onSave: (input: ContactTaskInput) => void;
  onCancel: () => void;
}

type Draft = Omit<ContactTaskInput, 'triggerStatus' | 'fixedEmail' | 'enabled'> & { triggerStatus: string; fixedEmail: string };

function draftOf(task?: ContactTaskFieldsFragment): Draft {
  return {
    name: task?.name ?? '',
    level: task?.level ?? 'CONSIGNMENT',
    trigger: task?.trigger ?? 'STATUS_REACHED',
    triggerStatus: task?.triggerStatus ?? 'IN_TRANSIT',
    recipient: task?.recipient ?? 'DELIVERY_CONTACT',
    fixedEmail: task?.fixedEmail ?? '',
    subject: task?.subject ?? '',
    body: task?.body ?? '',
  };
}

/** Create or edit a contact task: when, to whom, and the email with its {{variables}}. */
export function TaskForm({ task, trackingIntegrationEnabled, saving, error, onSave, onCancel }: TaskFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(task));
  const errors = fieldErrors(error);
  const err = (field: string) => errors[`input.${field}`];
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const triggers = triggersFor(draft.level);
  const recipients = recipientsFor(draft.level);
  const variables = variablesFor(draft.level, trackingIntegrationEnabled);

  function changeLevel(level: Draft['level']) {
    setDraft((d) => ({
      ...d,
      level,
      trigger: triggersFor(level).some((t) => t.value === d.trigger) ? d.trigger : 'STATUS_REACHED',
      recipient: recipientsFor(level).some((r) => r.value === d.recipient) ? d.recipient : 'DELIVERY_CONTACT',
    }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({
      name: draft.name.trim(),
      level: draft.level,
      trigger: draft.trigger,
      triggerStatus: draft.trigger === 'STATUS_REACHED' ? (draft.triggerStatus as ContactTaskInput['triggerStatus']) : null,
      recipient: draft.recipient,
      fixedEmail: draft.recipient === 'FIXED_ADDRESS' ? draft.fixedEmail.trim() : null,
      subject: draft.subject,
      body: draft.body,
    });
  }

  return (
    <form className="form" onSubmit={submit}>
      <div className="grid grid--2">
        <TextField label="Task name" value={draft.name} onChange={set('name')} error={err('name')} required />
        <SelectField label="Level" value={draft.level} options={LEVELS} onChange={changeLevel} error={err('level')} />
        <SelectField label="Trigger" value={draft.trigger} options={triggers} onChange={set('trigger')} error={err('trigger')} />
        {draft.trigger === 'STATUS_REACHED' && (
          <SelectField label="Status" value={draft.triggerStatus} options={TRIGGER_STATUSES} onChange={set('triggerStatus')} error={err('triggerStatus')} />
        )}
        <SelectField label="Recipient" value={draft.recipient} options={recipients} onChange={set('recipient')} error={err('recipient')} />
        {draft.recipient === 'FIXED_ADDRESS' && (
          <TextField label="Recipient email" type="email" value={draft.fixedEmail} onChange={set('fixedEmail')} error={err('fixedEmail')} required />
        )}
      </div>
      <VariableTextField label="Subject" value={draft.subject} onChange={set('subject')} variables={variables} error={err('subject')} required />
      <VariableTextField label="Body" value={draft.body} onChange={set('body')} variables={variables} error={err('body')} multiline required />
      {!trackingIntegrationEnabled && (
        <p className="muted small">The tracking link variable is available once the platform operator turns on the tracking integration.</p>
      )}
      {Object.keys(errors).length === 0 && <FormError error={error} />}
      <div className="toolbar">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : task ? 'Save task' : 'Create task'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
