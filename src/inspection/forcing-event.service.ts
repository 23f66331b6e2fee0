import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { isIsoDay } from '../common/dates.js';
import { isEnumValue } from '../common/enum-value.js';
import { BadInputError, type FieldProblem } from '../common/errors.js';
import { inTransaction } from '../common/transaction.js';
import { requirePerson } from '../people/people.service.js';
import { ForcingEvent } from './forcing-event.entity.js';
import { ForcingEventKind } from './inspection.enums.js';

export interface NewForcingEvent {
  personId: string;
  kind: ForcingEventKind;
  occurredOn: string;
  document: string;
}

/** R13's events besides discipline, recorded by Home Affairs; the pipeline reads them through `forcingEvents()`. */
export class ForcingEventService {
  constructor(private readonly db: DataSource) {}

  record(actor: Pick<AuthUser, 'id'>, input: NewForcingEvent): Promise<ForcingEvent> {
    const problems: FieldProblem[] = [];
    if (!isEnumValue(ForcingEventKind, input.kind))
      problems.push({ field: 'kind', message: 'chọn khởi tố, tạm giữ/tạm giam hoặc suy thoái' });
    if (!isIsoDay(input.occurredOn)) problems.push({ field: 'occurredOn', message: 'ngày không hợp lệ' });
    if (!input.document.trim())
      problems.push({ field: 'document', message: 'cần số, ngày và cơ quan ban hành văn bản' });
    if (problems.length > 0) return Promise.reject(new BadInputError(problems, 'Invalid forcing event.'));
    return inTransaction(this.db, async (em) => {
      await requirePerson(em, input.personId, 'personId');
      return em.save(
        ForcingEvent.create({
          personId: input.personId,
          kind: input.kind,
          occurredOn: input.occurredOn,
          document: input.document.trim(),
          createdByUserId: actor.id,
        }),
      );
    });
  }
}
