import { Initial1763780000000 } from './1763780000000-initial';

/** Every migration, oldest first. */
export const migrations = [Initial1763780000000];
