export * from './domain';
export * from './validation';
