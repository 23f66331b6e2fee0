import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DatedEntity } from '../common/dated.entity.js';
import { Person } from '../people/person.entity.js';
import { Role } from './auth.enums.js';

@Entity('app_user')
export class User extends DatedEntity {
  @Index('UQ_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  /** argon2id; never selected unless a login asks for it, so no response can carry it */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true, default: '{}' })
  roles: Role[];

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person> | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** where notifications are e-mailed (issue 14); none → the inbox only */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** the user's own choice: notifications also by e-mail (the inbox has them either way) */
  @Column({ type: 'boolean', default: true })
  emailNotifications: boolean;

  /** Archived (hidden, restorable) instead of deleted: evaluations, pay and history keep pointing here. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Usernames are compared in lower case, whoever writes them (the service, the admin panel). */
  @BeforeInsert()
  @BeforeUpdate()
  normaliseUsername(): void {
    if (this.username) this.username = this.username.trim().toLowerCase();
  }
}
