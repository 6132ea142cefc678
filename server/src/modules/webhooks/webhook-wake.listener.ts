import { afterCommit } from '../../events/domain-events';
import { WEBHOOK_SOURCES } from './webhook-events';
import type { WebhookWorker } from './webhook.worker';

/** Once a change with deliveries has committed, this process's worker looks at once (others poll). */
export const wakeWebhookWorker = (worker: WebhookWorker) =>
  afterCommit({
    name: 'webhooks.wake-worker',
    on: WEBHOOK_SOURCES,
    handle: () => worker.wake(),
  });
