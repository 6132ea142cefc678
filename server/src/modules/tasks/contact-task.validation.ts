import {
  ConsignmentStatus,
  LIMITS,
  STOP_ONLY_RECIPIENTS,
  STOP_ONLY_TRIGGERS,
  TASK_TRIGGER_STATUSES,
  TaskLevel,
  TaskRecipient,
  TaskTrigger,
  taskTemplateProblem,
} from '@tracklink/shared';
import type { ContactTaskInput } from './contact-task.inputs';
import { invalid } from '../../core/errors';
import { optionalEmail, requiredText } from '../../core/validation';

export interface TaskFields {
  name: string;
  level: TaskLevel;
  trigger: TaskTrigger;
  triggerStatus: ConsignmentStatus | null;
  recipient: TaskRecipient;
  fixedEmail: string | null;
  subject: string;
  body: string;
}

// Every refusal names the input field at fault, so the editor can show it next to that field.

/** A task input checked and normalised; `trackingIntegration`: whether the tenant's integration is on. */
export function taskFields(input: ContactTaskInput, trackingIntegration: boolean): TaskFields {
  const name = requiredText(input.name, 'input.name');
  const { level, trigger, recipient } = input;
  if (!Object.values(TaskLevel).includes(level)) throw invalid('input.level', `must be ${Object.values(TaskLevel).join(' or ')}`);
  if (!Object.values(TaskTrigger).includes(trigger)) throw invalid('input.trigger', `must be one of ${Object.values(TaskTrigger).join(', ')}`);
  if (!Object.values(TaskRecipient).includes(recipient)) throw invalid('input.recipient', `must be one of ${Object.values(TaskRecipient).join(', ')}`);

  if (level === TaskLevel.CONSIGNMENT && STOP_ONLY_TRIGGERS.includes(trigger)) {
    throw invalid('input.trigger', `${trigger} needs a stop-level task (level STOP)`);
  }
  if (level === TaskLevel.STOP && trigger === TaskTrigger.LOW_RATING) {
    throw invalid('input.trigger', 'LOW_RATING needs a consignment-level task (level CONSIGNMENT)');
  }
  let triggerStatus: ConsignmentStatus | null = null;
  if (trigger === TaskTrigger.STATUS_REACHED) {
    if (input.triggerStatus == null) throw invalid('input.triggerStatus', `is required with STATUS_REACHED: one of ${TASK_TRIGGER_STATUSES.join(', ')}`);
    if (!TASK_TRIGGER_STATUSES.includes(input.triggerStatus)) {
      throw invalid('input.triggerStatus', `${input.triggerStatus} cannot trigger a task; use one of ${TASK_TRIGGER_STATUSES.join(', ')}`);
    }
    triggerStatus = input.triggerStatus;
  } else if (input.triggerStatus != null) {
    throw invalid('input.triggerStatus', `goes only with the STATUS_REACHED trigger, not ${trigger}`);
  }

  if (level === TaskLevel.CONSIGNMENT && STOP_ONLY_RECIPIENTS.includes(recipient)) {
    throw invalid('input.recipient', 'STOP_CONTACT needs a stop-level task; a consignment-level task can send to PICKUP_CONTACT or DELIVERY_CONTACT');
  }
  let fixedEmail: string | null = null;
  if (recipient === TaskRecipient.FIXED_ADDRESS) {
    fixedEmail = optionalEmail(input.fixedEmail, 'input.fixedEmail');
    if (!fixedEmail) throw invalid('input.fixedEmail', 'is required with the FIXED_ADDRESS recipient');
  } else if (input.fixedEmail != null && input.fixedEmail.trim() !== '') {
    throw invalid('input.fixedEmail', `goes only with the FIXED_ADDRESS recipient, not ${recipient}`);
  }

  const subject = requiredText(input.subject, 'input.subject');
  if (/[\r\n]/.test(subject)) throw invalid('input.subject', 'must be a single line');
  const body = requiredText(input.body, 'input.body', LIMITS.longText);
  for (const [field, text] of [['input.subject', subject], ['input.body', body]] as const) {
    const problem = taskTemplateProblem(text, level, trackingIntegration);
    if (problem) throw invalid(field, problem);
  }
  return { name, level, trigger, triggerStatus, recipient, fixedEmail, subject, body };
}
