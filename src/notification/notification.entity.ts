import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { User } from '../auth/user.entity.js';
import { EmailStatus, NotificationKind } from './notification.enums.js';

/**
 * One notification for one user: their inbox row and, while `emailStatus` is PENDING, a job in the e-mail queue
 * (claimed with `FOR UPDATE SKIP LOCKED`, so that several instances never send the same one).
 */
@Entity('notification')
@Unique('UQ_notification_dedupe', ['recipientUserId', 'dedupeKey'])
@Index('IDX_notification_inbox', ['recipientUserId', 'createdAt'])
@Index('IDX_notification_email_queue', ['emailNextAttemptAt'], { where: `"email_status" = 'PENDING'` })
export class Notification extends CreatedEntity {
  @Column({ type: 'uuid' })
  recipientUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient: Relation<User>;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** the panel's page of the subject (a path under /admin), for the inbox and the e-mail */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  /** the row it is about: its table and id */
  @Column({ type: 'varchar', length: 40 })
  subjectTable: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** set for reminders, so that a reminder is enqueued once whichever instance and run finds it */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'enum', enum: EmailStatus, enumName: 'notification_email_status', default: EmailStatus.PENDING })
  emailStatus: EmailStatus;

  @Column({ type: 'int', default: 0 })
  emailAttempts: number;

  /** when a failed e-mail is tried again (a new one goes at the next run) */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  emailNextAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  emailSentAt: Date | null;

  /** why the e-mail was not sent, or the last SMTP error */
  @Column({ type: 'text', nullable: true })
  emailNote: string | null;
}
