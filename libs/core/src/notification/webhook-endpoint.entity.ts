import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Organization } from '../organization/organization.entity';

/** An organization's HTTPS endpoint for signed webhooks (Standard Webhooks), subscribed to some events. */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_organization', ['organizationId'])
export class WebhookEndpoint extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;

  @Column({ length: 1000 })
  url: string;

  /** `whsec_<base64>`, shown once when registered; kept sealed (`DataCipher`, `enc:v1:...`) to sign every delivery. */
  @Column({ length: 200, select: false })
  secret: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ default: true })
  active: boolean;

  @Column({ type: 'uuid' })
  createdById: string;
}
