import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('ConsignmentPhoto', { description: 'A photo of a consignment (e.g. proof of delivery), stored as a URL.' })
@Entity('consignment_photos')
@Index(['consignmentId', 'createdAt'])
export class Photo {
  @Field(() => ID, { description: 'The photo\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => String, { description: 'The http(s) URL of the image.' })
  @Column({ type: 'text' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A caption; null: none.' })
  @Column({ type: 'text', nullable: true })
  caption!: string | null;

  @Field(() => Boolean, { description: 'Whether the public page may show it (when the template shows photos and the link does not pick others).' })
  @Column({ type: 'boolean', default: false })
  customerVisible!: boolean;

  @Field(() => Date, { description: 'When the photo was added.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
