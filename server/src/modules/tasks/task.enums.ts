import { registerEnumType } from 'type-graphql';
import { TaskLevel, TaskRecipient, TaskTrigger } from '@tracklink/shared';

// The task vocabulary lives in @tracklink/shared (the web editor uses it too); named here once.
registerEnumType(TaskLevel, { name: 'TaskLevel', description: 'Whether a task runs once per consignment or once per stop.' });
registerEnumType(TaskTrigger, { name: 'TaskTrigger' });
registerEnumType(TaskRecipient, { name: 'TaskRecipient' });

export { TaskLevel, TaskRecipient, TaskTrigger };
