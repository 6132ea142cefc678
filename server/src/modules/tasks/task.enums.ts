import { registerEnumType } from 'type-graphql';
import { TaskLevel, TaskRecipient, TaskTrigger } from '@tracklink/shared';

// The task vocabulary lives in @tracklink/shared (the web editor uses it too); named here once.
registerEnumType(TaskLevel, {
  name: 'TaskLevel',
  description: 'Whether a task runs once per consignment or once per stop.',
  valuesConfig: {
    CONSIGNMENT: { description: 'Once per consignment.' },
    STOP: { description: 'Once per stop (STOP_ARRIVED, STOP_DEPARTED, STOP_CONTACT).' },
  },
});
registerEnumType(TaskTrigger, {
  name: 'TaskTrigger',
  description: 'What makes a contact task send.',
  valuesConfig: {
    CONSIGNMENT_CREATED: { description: 'A consignment was created.' },
    STATUS_REACHED: { description: 'The consignment reached triggerStatus.' },
    STOP_ARRIVED: { description: "A stop's actual arrival was set." },
    STOP_DEPARTED: { description: "A stop's actual departure was set." },
    ETA_LATE: { description: "A stop started running late: its live ETA passed the planned window's end by more than the tenant's lateThresholdMinutes (once per lateness episode)." },
    LOW_RATING: {
      description: "A recipient rated the delivery at or below the tenant's lowRatingThreshold (default 2) through a tracking link: once per rating given (the same rating sent again does not send again). Consignment-level tasks only.",
    },
  },
});
registerEnumType(TaskRecipient, {
  name: 'TaskRecipient',
  description: "Who a contact task's email goes to.",
  valuesConfig: {
    CUSTOMER_CONTACT: { description: "The order's customer's email address." },
    DELIVERY_CONTACT: { description: "The contacts of the consignment's DELIVERY stops." },
    FIXED_ADDRESS: { description: "The task's fixedEmail." },
    PICKUP_CONTACT: { description: "The contacts of the consignment's PICKUP stops." },
    STOP_CONTACT: { description: 'The contact of the stop the task runs for (stop-level tasks only).' },
  },
});

export { TaskLevel, TaskRecipient, TaskTrigger };
