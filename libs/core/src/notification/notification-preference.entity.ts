import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Member } from '../member/member.entity';

/** A member's choice for one notification type; no row means the default (in-app and email). */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @PrimaryColumn({ length: 60 })
  type: string;

  @Column({ default: true })
  inApp: boolean;

  @Column({ default: true })
  email: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
