import { Column, Entity, Index } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';

/**
 * A failed login, kept in PostgreSQL so that throttling holds across instances: too many for one username or
 * one address within the window, and further attempts are refused without checking the password.
 */
@Entity('login_failure')
@Index('IDX_login_failure_username', ['username', 'at'])
@Index('IDX_login_failure_address', ['address', 'at'])
export class LoginFailure extends KeyedEntity {
  /** As typed, lower-cased: unknown names count too. */
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 64 })
  address: string;

  /** On the application's clock, like the window it is compared with. */
  @Column({ type: 'timestamptz' })
  at: Date;
}
