import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant-defined field on consignments: the key stored, the label shown. */
@ObjectType('CustomFieldDefinition', { description: 'A field the tenant added to its consignments; values are set by key in ConsignmentInput.customFields.' })
@Entity('custom_field_definitions')
@Index(['tenantId', 'key'], { unique: true })
export class CustomFieldDefinition {
  @Field(() => ID, { description: 'The definition\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { description: 'The stable key values are stored under, e.g. "customs_ref".' })
  @Column({ type: 'text' })
  key!: string;

  @Field(() => String, { description: 'The label shown to staff and on the public page.' })
  @Column({ type: 'text' })
  label!: string;
}
