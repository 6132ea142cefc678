import type { EventBus, Topic, TopicPayloads } from './event-bus';

/** The same bus, telling each event published and received (for metrics). */
export function countingBus(bus: EventBus, count: (topic: Topic, direction: 'published' | 'received') => void): EventBus {
  return {
    publish: <T extends Topic>(topic: T, payload: TopicPayloads[T]) => {
      count(topic, 'published');
      return bus.publish(topic, payload);
    },
    subscribe: <T extends Topic>(topic: T, handler: (payload: TopicPayloads[T]) => void) =>
      bus.subscribe(topic, (payload: TopicPayloads[T]) => {
        count(topic, 'received');
        handler(payload);
      }),
    onStateChange: (listener) => bus.onStateChange(listener),
    check: () => bus.check(),
    close: () => bus.close(),
  };
}
