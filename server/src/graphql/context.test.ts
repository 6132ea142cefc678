import type { Services } from '../services';
import type { Metrics } from '../observability/metrics';
import { createContext } from './context';

describe('the staff request context', () => {
  it("makes the request's loaders on first use, also on the copy Apollo hands each operation, and takes the subscription's fresh ones", () => {
    const services = {} as Services;
    const context = createContext(services, null, null, '127.0.0.1', {} as Metrics);
    // Apollo's copy: own properties onto an object of the same prototype (ApolloServer's cloneObject).
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context)), context) as typeof context;
    expect(Object.values(copy).some((value) => value && typeof value === 'object' && 'latestPosition' in value)).toBe(false);
    const loaders = copy.loaders;
    expect(loaders.latestPosition).toBeDefined();
    expect(copy.loaders).toBe(loaders);
    const fresh = { ...loaders };
    copy.loaders = fresh;
    expect(copy.loaders).toBe(fresh);
  });
});
