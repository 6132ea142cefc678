import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant-defined field on consignments: the key stored, the label shown. */
@ObjectType('CustomFieldDefinition')
@Entity('custom_field_definitions')
@Index(['tenantId', 'key'], { unique: true })
export class CustomFieldDefinition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  key!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  label!: string;
}
