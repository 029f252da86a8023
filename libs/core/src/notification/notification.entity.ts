import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Member } from '../member/member.entity';

/** An in-app notification. One per (event, member): written by the notify step, never twice. */
@Entity('notification')
@Index('notification_event_member', ['eventKey', 'memberId'], { unique: true })
@Index('notification_member', ['memberId', 'createdAt'])
@Index('notification_member_unread', ['memberId'], { where: '"readAt" IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  /** What the notification is about: an outbox event id, or a reminder's own key. */
  @Column({ length: 200 })
  eventKey: string;

  @Column({ length: 60 })
  type: string;

  @Column({ length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  link: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
