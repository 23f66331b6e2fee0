import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { resolveCaller, type Caller } from '../auth/caller.js';
import { hasAnyRole } from '../auth/permissions.js';
import { assertVisible } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { Role } from '../auth/auth.enums.js';
import { User } from '../auth/user.entity.js';
import { cityDayOf, isIsoDay } from '../common/dates.js';
import { isValidOn } from '../common/validity.js';
import { BadInputError, ForbiddenError, InvalidStateError, type FieldProblem } from '../common/errors.js';
import { findOrNotFound } from '../common/find.js';
import { isWellFormedId } from '../common/ids.js';
import { inTransaction } from '../common/transaction.js';
import type { Clock } from '../context.js';
import { requireUnit } from '../hierarchy/hierarchy.service.js';
import { filterUnitIds } from '../hierarchy/tree.queries.js';
import { headsOn } from '../people/people.queries.js';
import { FindingStatus, InspectionKind, InspectionMethod, InspectionStatus, REMEDYING } from './inspection.enums.js';
import { Finding } from './finding.entity.js';
import { Inspection } from './inspection.entity.js';
import { InspectionMember } from './inspection-member.entity.js';
import { ResponsibilityReview } from './responsibility-review.entity.js';
import { findingPolicy, inspectionPolicy } from './inspection.policy.js';
import { findingsOf, listInspections, unverifiedFindings, type InspectionListFilter } from './inspection.queries.js';

export interface InspectionPlan {
  kind: InspectionKind;
  method: InspectionMethod;
  unitId: string;
  startsOn: string;
  endsOn?: string | null;
  teamUserIds: string[];
  leadUserId: string;
}

export interface Conclusion {
  achievements: string;
  shortcomings: string;
  directions: string;
  findings: Array<{ text: string; responsibleUnitId: string; dueDate: string }>;
}

const FINDING = ['nội dung kết luận', 'Finding'] as const;

/** Inspections (R24), remediation of findings (R25) and the responsibility review when a finding runs late. */
export class InspectionService {
  constructor(
    private readonly db: DataSource,
    private readonly now: Clock,
  ) {}

  /** One page of the inspections the caller may see, the latest first; a unit may stand for its subtree. */
  async list(
    caller: Caller,
    filter:
      | (Omit<InspectionListFilter, 'unitIds'> & { unitId?: string | null; includeSubunits?: boolean | null })
      | null
      | undefined,
    offset: number,
    limit: number,
  ) {
    const em = this.db.manager;
    const unitIds = await filterUnitIds(em, filter, cityDayOf(this.now()));
    return listInspections(em, { ...filter, unitIds }, inspectionPolicy.scope(caller), offset, limit);
  }

  /** An inspection's findings the caller may see, by due date. */
  findings(caller: Caller, inspectionId: string) {
    return findingsOf(this.db.manager, inspectionId, findingPolicy.scope(caller));
  }

  schedule(plan: InspectionPlan): Promise<Inspection> {
    return inTransaction(this.db, async (em) => {
      const unit = await requireUnit(em, plan.unitId, 'unitId');
      const problems: FieldProblem[] = [];
      if (!isValidOn(unit.validity, plan.startsOn))
        problems.push({ field: 'unitId', message: `đơn vị ${unit.name} không có hiệu lực vào ngày ${plan.startsOn}` });
      if (plan.endsOn && plan.endsOn < plan.startsOn)
        problems.push({ field: 'endsOn', message: 'ngày kết thúc phải sau ngày bắt đầu' });
      const team = [...new Set(plan.teamUserIds)];
      if (!team.includes(plan.leadUserId))
        problems.push({ field: 'leadUserId', message: 'trưởng đoàn phải là thành viên của đoàn' });
      const users = team.every(isWellFormedId) ? await em.findBy(User, { id: In(team) }) : [];
      if (users.length !== team.length || users.some((user) => !user.roles.includes(Role.INSPECTOR) || !user.active)) {
        problems.push({
          field: 'teamUserIds',
          message: 'thành viên đoàn phải là người dùng có vai trò kiểm tra công vụ',
        });
      }
      if (problems.length > 0) throw new BadInputError(problems, 'Invalid inspection plan.');
      const inspection = await em.save(
        Inspection.create({
          kind: plan.kind,
          method: plan.method,
          unitId: unit.id,
          startsOn: plan.startsOn,
          endsOn: plan.endsOn ?? null,
          status: InspectionStatus.SCHEDULED,
        }),
      );
      await em.insert(
        InspectionMember,
        team.map((userId) => ({ inspectionId: inspection.id, userId, lead: userId === plan.leadUserId })),
      );
      return inspection;
    });
  }

  /** SCHEDULED → IN_PROGRESS, by the team, on or after the first day. */
  start(actor: AuthUser, id: string): Promise<Inspection> {
    return inTransaction(this.db, async (em) => {
      const inspection = await this.lockInspection(em, id);
      await this.requireTeam(em, actor, inspection.id);
      if (inspection.status !== InspectionStatus.SCHEDULED)
        throw new InvalidStateError('Đợt kiểm tra đã bắt đầu.', 'Already started.');
      if (cityDayOf(this.now()) < inspection.startsOn) {
        throw new InvalidStateError(
          `Đợt kiểm tra bắt đầu từ ngày ${inspection.startsOn}.`,
          `The inspection starts on ${inspection.startsOn}.`,
        );
      }
      inspection.status = InspectionStatus.IN_PROGRESS;
      return em.save(inspection);
    });
  }

  conclude(actor: AuthUser, id: string, conclusion: Conclusion): Promise<Inspection> {
    return inTransaction(this.db, async (em) => {
      const inspection = await this.lockInspection(em, id);
      await this.requireTeam(em, actor, inspection.id);
      if (![InspectionStatus.SCHEDULED, InspectionStatus.IN_PROGRESS].includes(inspection.status)) {
        throw new InvalidStateError('Đợt kiểm tra đã có kết luận.', 'The inspection is already concluded.');
      }
      const problems: FieldProblem[] = [];
      for (const [index, finding] of conclusion.findings.entries()) {
        if (!finding.text.trim()) problems.push({ field: `findings[${String(index)}].text`, message: 'cần nội dung' });
        if (!isIsoDay(finding.dueDate) || finding.dueDate < inspection.startsOn)
          problems.push({
            field: `findings[${String(index)}].dueDate`,
            message: 'hạn khắc phục phải sau ngày kiểm tra',
          });
        if (!isWellFormedId(finding.responsibleUnitId))
          problems.push({ field: `findings[${String(index)}].responsibleUnitId`, message: 'không tìm thấy đơn vị' });
      }
      if (problems.length > 0) throw new BadInputError(problems, 'Invalid conclusion.');
      for (const finding of conclusion.findings)
        await requireUnit(em, finding.responsibleUnitId, 'findings.responsibleUnitId');
      inspection.achievements = conclusion.achievements.trim();
      inspection.shortcomings = conclusion.shortcomings.trim();
      inspection.directions = conclusion.directions.trim();
      inspection.concludedAt = this.now();
      inspection.endsOn ??= cityDayOf(this.now());
      inspection.status = conclusion.findings.length > 0 ? InspectionStatus.REMEDIATING : InspectionStatus.CONCLUDED;
      await em.save(inspection);
      if (conclusion.findings.length > 0) {
        await em.insert(
          Finding,
          conclusion.findings.map((finding) => ({
            inspectionId: inspection.id,
            text: finding.text.trim(),
            responsibleUnitId: finding.responsibleUnitId,
            dueDate: finding.dueDate,
            status: FindingStatus.OPEN,
          })),
        );
      }
      return inspection;
    });
  }

  /** The responsible unit's staff report what they did; a finding the caller may not see is NOT_FOUND. */
  reportRemediation(actor: AuthUser, findingId: string, report: string): Promise<Finding> {
    return inTransaction(this.db, async (em) => {
      const caller = await resolveCaller(em, actor, cityDayOf(this.now()));
      await assertVisible(em, findingPolicy, caller, findingId, [...FINDING]);
      const finding = await this.lockFinding(em, findingId);
      if (!caller.memberUnits.includes(finding.responsibleUnitId))
        throw new ForbiddenError(
          'Chỉ đơn vị chịu trách nhiệm báo cáo khắc phục.',
          'Only the responsible unit reports.',
        );
      if (finding.status !== FindingStatus.OPEN)
        throw new InvalidStateError(
          `Nội dung đang ở trạng thái ${finding.status}.`,
          `Not allowed from ${finding.status}.`,
        );
      if (!report.trim()) throw new BadInputError([{ field: 'report', message: 'cần nội dung báo cáo' }]);
      finding.status = FindingStatus.REPORTED;
      finding.report = report.trim();
      finding.reportedAt = this.now();
      return em.save(finding);
    });
  }

  /** The inspector accepts the report (VERIFIED) or sends it back (OPEN); all verified → the inspection is VERIFIED. */
  verifyRemediation(actor: AuthUser, findingId: string, accepted: boolean, note: string | null): Promise<Finding> {
    return inTransaction(this.db, async (em) => {
      const finding = await this.lockFinding(em, findingId);
      await this.requireTeam(em, actor, finding.inspectionId);
      if (finding.status !== FindingStatus.REPORTED)
        throw new InvalidStateError('Đơn vị chưa báo cáo khắc phục.', 'Nothing reported yet.');
      finding.verificationNote = note?.trim() || null;
      if (accepted) {
        finding.status = FindingStatus.VERIFIED;
        finding.verifiedAt = this.now();
      } else {
        finding.status = FindingStatus.OPEN;
      }
      const saved = await em.save(finding);
      if ((await unverifiedFindings(em, finding.inspectionId)) === 0)
        await em.update(
          Inspection,
          { id: finding.inspectionId, status: InspectionStatus.REMEDIATING },
          { status: InspectionStatus.VERIFIED },
        );
      return saved;
    });
  }

  /**
   * A finding past its date and not remedied → ESCALATED, and a responsibility review of the responsible unit's
   * head is opened (once). Run by the server every few minutes and callable any time; returns how many escalated.
   */
  escalateOverdue(): Promise<number> {
    return inTransaction(this.db, async (em) => {
      const today = cityDayOf(this.now());
      const overdue = await em
        .createQueryBuilder(Finding, 'f')
        .setLock('pessimistic_write')
        .where('f.due_date < :today AND f.status IN (:...remedying)', { today, remedying: REMEDYING })
        .getMany();
      if (overdue.length === 0) return 0;
      const heads = await headsOn(em, [...new Set(overdue.map((f) => f.responsibleUnitId))], today);
      for (const finding of overdue) {
        finding.status = FindingStatus.ESCALATED;
        finding.escalatedAt = this.now();
        await em.save(finding);
        await em
          .createQueryBuilder()
          .insert()
          .into(ResponsibilityReview)
          .values({
            findingId: finding.id,
            unitId: finding.responsibleUnitId,
            personId: heads.get(finding.responsibleUnitId)?.person.id ?? null,
            openedOn: today,
          })
          .orIgnore()
          .execute();
        await em.update(Inspection, { id: finding.inspectionId }, { status: InspectionStatus.ESCALATED });
      }
      return overdue.length;
    });
  }

  private async requireTeam(em: EntityManager, actor: AuthUser, inspectionId: string): Promise<void> {
    if (hasAnyRole(actor, HOME_AFFAIRS_OFFICE)) return;
    const member = await em.findOne(InspectionMember, { where: { inspectionId, userId: actor.id } });
    if (!member)
      throw new ForbiddenError(
        'Chỉ thành viên đoàn kiểm tra thực hiện được bước này.',
        'Only the inspection team may do this.',
      );
  }

  private lockInspection(em: EntityManager, id: string): Promise<Inspection> {
    return findOrNotFound(em, Inspection, id, ['đợt kiểm tra', 'Inspection'], { lock: true });
  }

  private lockFinding(em: EntityManager, id: string): Promise<Finding> {
    return findOrNotFound(em, Finding, id, FINDING, { lock: true });
  }
}
