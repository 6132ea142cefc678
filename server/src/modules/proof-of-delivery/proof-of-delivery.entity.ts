import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A delivery stop's proof of delivery: who took the goods, when and where (one per stop). */
@Entity('proofs_of_delivery')
export class ProofOfDeliveryRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Column({ type: 'uuid', unique: true })
  stopId!: string;

  @Column({ type: 'text' })
  receiverName!: string;

  @Column({ type: 'timestamptz' })
  deliveredAt!: Date;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** GIVEN: sent with the proof; DRIVER: the driver's last known position; null: none. */
  @Column({ type: 'text', nullable: true })
  positionSource!: 'GIVEN' | 'DRIVER' | null;

  @Column({ type: 'uuid', nullable: true })
  driverId!: string | null;

  /** Who recorded it (the principal's label). */
  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'text' })
  fingerprint!: string;

  /** 1, and one more with each correction. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A signature or photo of a proof; its bytes are in the blob store under blobKey. */
@Entity('proof_of_delivery_images')
export class ProofOfDeliveryImage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  proofId!: string;

  @Column({ type: 'text' })
  kind!: 'SIGNATURE' | 'PHOTO';

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  byteSize!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text' })
  storage!: 'POSTGRES' | 'S3';

  @Column({ type: 'text' })
  blobKey!: string;
}
