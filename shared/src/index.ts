export * from './domain';
export * from './geo';
export * from './template';
export * from './validation';
export * from './task-variables';
export * from './feedback';
