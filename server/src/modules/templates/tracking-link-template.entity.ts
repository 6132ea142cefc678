import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SectionOverrides } from '@tracklink/shared';

/**
 * A tenant's template (customerId null: every section set) or a customer's template
 * (overrides only: a missing section inherits the tenant's).
 */
@Entity('tracking_link_templates')
export class TrackingLinkTemplateRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  sections!: SectionOverrides;

  /** Custom fields to show when the custom-fields section is on; null shows all. */
  @Column({ type: 'text', array: true, nullable: true })
  customFieldKeys!: string[] | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
