export * from './domain';
export * from './template';
export * from './validation';
