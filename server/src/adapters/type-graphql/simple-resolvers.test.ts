import 'reflect-metadata';
import { Authorized, Field, getMetadataStorage, ObjectType } from 'type-graphql';
import { buildStaffSchema } from '../../graphql/schema';
import { buildPublicSchema } from '../../graphql/public/schema';

// `simpleResolvers` makes type-graphql leave a type's own fields to GraphQL's default resolver:
// a property read, with no authorization check and no middleware. So no field of such a type
// may carry either (a guarded field goes in a field resolver, as price and cost do).

/** Fields of the classes `targets` that have an authorization rule or a middleware of their own. */
function guardedFields(targets: Set<Function>): string[] {
  const storage = getMetadataStorage();
  return [...storage.authorizedFields, ...storage.middlewares]
    .filter((m) => targets.has(m.target))
    .map((m) => `${m.target.name}.${m.fieldName}`);
}

@ObjectType({ simpleResolvers: true, description: 'A type that breaks the rule.' })
class Careless {
  @Authorized('SUPER_ADMIN')
  @Field(() => String, { description: 'Meant for super admins only.' })
  secret!: string;
}

describe('types whose fields are property reads (simpleResolvers)', () => {
  it('have no field with an authorization rule or a middleware of its own, in either schema', async () => {
    const schemas = [await buildStaffSchema(), await buildPublicSchema()];
    const simple = getMetadataStorage().objectTypes.filter(
      (t) => t.simpleResolvers && t.target !== Careless && schemas.some((s) => s.getType(t.name)),
    );
    expect(simple.map((t) => t.name)).toEqual(expect.arrayContaining(['Consignment', 'Stop', 'TrackingLink', 'Order', 'Customer', 'PageInfo']));
    expect(guardedFields(new Set(simple.map((t) => t.target)))).toEqual([]);
  });

  it('would be caught with a guarded field', () => {
    expect(guardedFields(new Set([Careless]))).toEqual(['Careless.secret']);
  });
});
