import { ForbiddenError } from '../../src/common/errors.js';
import { cityDayOf } from '../../src/common/dates.js';
import { optionalEnumValue } from '../../src/common/enum-value.js';
import {
  LEVEL_LABELS_VI,
  PERIOD_KIND_LABELS_VI,
  PeriodKind,
  PeriodStatus,
  RatingLevel,
  RuleSetId,
  STATUS_LABELS_VI,
} from '../../src/evaluation/evaluation.enums.js';
import { evaluationPeriodPolicy, evaluationPolicy, mayReadHeadInputs } from '../../src/evaluation/evaluation.policy.js';
import { assertVisible } from '../../src/auth/policy.js';
import { evaluationById, historyOf, listPeriods } from '../../src/evaluation/evaluation.queries.js';
import { splitOf } from '../../src/evaluation/evaluation.rules.js';
import {
  blockersOf,
  evaluationsOf,
  groupsRatedBy,
  periodProgress,
  type WorkItem,
} from '../../src/evaluation/worklists.queries.js';
import { periodName } from '../../src/evaluation/period.rules.js';
import { POSITION_LABELS_VI } from '../../src/people/people.enums.js';
import { loadSettings } from '../../src/settings/settings.js';
import { criteriaOf, partsOf, type CriteriaForm, type PartsForm } from '../forms.js';
import { ADMIN_ROOT, type AdminDeps } from '../deps.js';
import { COMPONENTS } from '../components/index.js';
import { json, page, text } from './page.js';

const RULE_SET_LABELS_VI: Record<RuleSetId, string> = {
  ND335: 'Nghị định 335/2025 (100 điểm)',
  HCM_QD20: 'Quyết định 20/2024 của UBND Thành phố (theo quý)',
  ND90_48: 'Nghị định 90/2020 và 48/2023 (theo tiêu chí)',
};

const recordUrl = (resource: string, id: string) => `${ADMIN_ROOT}/resources/${resource}/records/${id}/show`;

/** A worklist row with everything on screen in Vietnamese. */
function labelled(item: WorkItem) {
  return {
    ...item,
    statusLabel: STATUS_LABELS_VI[item.status],
    levelLabel: item.level ? LEVEL_LABELS_VI[item.level] : null,
    computedLevelLabel: item.computedLevel ? LEVEL_LABELS_VI[item.computedLevel] : null,
    positionLabel: POSITION_LABELS_VI[item.position],
    ruleSetLabel: item.ruleSet ? RULE_SET_LABELS_VI[item.ruleSet] : 'Không đánh giá',
    unitLabel: item.parentUnitName ? `${item.unitName} — ${item.parentUnitName}` : item.unitName,
    href: recordUrl('Evaluation', item.id),
  };
}

const LEVEL_CHOICES = [RatingLevel.EXCELLENT, RatingLevel.GOOD, RatingLevel.COMPLETED, RatingLevel.NOT_COMPLETED].map(
  (value) => ({ value, label: LEVEL_LABELS_VI[value] }),
);

/** "Phiếu của tôi", "Chờ tôi đánh giá" and "Điều hành kỳ đánh giá": the rating workflow of R16 in the panel. */
export function evaluationPages({ services, db, clock }: AdminDeps) {
  const today = () => cityDayOf(clock());
  const splits = async () => {
    const settings = await loadSettings(db.manager);
    return { ND335: splitOf(RuleSetId.ND335, settings), HCM_QD20: splitOf(RuleSetId.HCM_QD20, settings) };
  };

  const myEvaluation = page(
    'myEvaluation',
    async (caller) => {
      const personId = caller.user.personId;
      if (!personId) return { items: [], history: {}, splits: await splits() };
      const items = await evaluationsOf(db.manager, personId, today());
      const history = await historyOf(
        db.manager,
        items.map((item) => item.id),
      );
      return {
        items: items.map(labelled),
        history: Object.fromEntries(
          [...history].map(([id, events]) => [
            id,
            events.map((event) => ({
              at: event.at,
              action: event.action,
              status: STATUS_LABELS_VI[event.toStatus],
              reason: event.reason,
              username: event.username,
            })),
          ]),
        ),
        splits: await splits(),
      };
    },
    async (caller, body) => {
      const evaluationId = text(body.evaluationId);
      if (body.action === 'selfAssess') {
        await services.evaluations.selfAssess(caller.user, {
          evaluationId,
          parts: partsOf(json(body.parts, 'parts') as PartsForm | null),
          criteria: criteriaOf(json(body.criteria, 'criteria') as CriteriaForm | null),
          narrative: text(body.narrative),
        });
        return 'Đã gửi phiếu tự đánh giá.';
      }
      if (body.action === 'appeal') {
        await services.evaluations.appeal(caller.user, evaluationId, text(body.reason));
        return 'Đã gửi khiếu nại.';
      }
      throw new ForbiddenError();
    },
  );

  const toRate = page(
    'toRate',
    async (caller, request) => {
      const evaluationId = text(request.query?.headInputsOf);
      if (evaluationId) {
        await assertVisible(db.manager, evaluationPolicy, caller, evaluationId, ['phiếu đánh giá', 'Evaluation']);
        const evaluation = await evaluationById(db.manager, evaluationId);
        if (!mayReadHeadInputs(caller, evaluation)) throw new ForbiddenError();
        return { headInputs: await services.evaluations.headInputs(evaluation) };
      }
      const groups = caller.user.personId ? await groupsRatedBy(db.manager, caller.user.personId, today()) : [];
      return {
        groups: groups.map((group) => ({ ...group, items: group.items.map(labelled) })),
        levels: LEVEL_CHOICES,
        splits: await splits(),
      };
    },
    async (caller, body) => {
      const evaluationId = text(body.evaluationId);
      const version = Number(body.version);
      switch (body.action) {
        case 'rate':
          await services.evaluations.rate(caller.user, {
            evaluationId,
            version,
            parts: partsOf(json(body.parts, 'parts') as PartsForm | null),
            criteria: criteriaOf(json(body.criteria, 'criteria') as CriteriaForm | null),
            level:
              optionalEnumValue(RatingLevel, body.level, 'level', 'mức xếp loại không hợp lệ', 'Unknown level.') ??
              null,
            reason: text(body.reason) || null,
            comment: text(body.comment),
            collectiveComment: text(body.collectiveComment) || null,
            partyComment: text(body.partyComment) || null,
          });
          return 'Đã ghi kết quả đánh giá, xếp loại.';
        case 'return':
          await services.evaluations.returnToPerson(caller.user, evaluationId, text(body.reason));
          return 'Đã trả lại phiếu để người được đánh giá bổ sung.';
        case 'approve':
          await services.evaluations.approve(caller.user, evaluationId, version);
          return 'Đã phê duyệt phiếu đánh giá.';
        case 'approveGroup': {
          const approved = await services.evaluations.approveGroup(
            caller.user,
            text(body.periodId),
            text(body.raterUnitId),
          );
          return `Đã phê duyệt ${String(approved.length)} phiếu của nhóm.`;
        }
        case 'notifyGroup': {
          const notified = await services.evaluations.notify(caller.user, text(body.periodId), text(body.raterUnitId));
          return `Đã thông báo kết quả cho ${String(notified)} người.`;
        }
        default:
          throw new ForbiddenError();
      }
    },
  );

  const periodControl = page(
    'periodControl',
    async (caller, request) => {
      const { periods } = await listPeriods(db.manager, {}, 0, 24);
      const chosen =
        periods.find((period) => period.id === text(request.query?.periodId)) ??
        periods.find((period) => period.status === PeriodStatus.OPEN) ??
        periods[0];
      const scope = evaluationPolicy.scope(caller);
      const raterUnitId = text(request.query?.raterUnitId);
      if (chosen && raterUnitId)
        return { blockers: (await blockersOf(db.manager, chosen.id, raterUnitId, today(), scope)).map(labelled) };
      return {
        periods: periods.map((period) => ({
          id: period.id,
          name: periodName(period),
          kind: PERIOD_KIND_LABELS_VI[period.kind],
          status: period.status,
          deadline: period.deadline,
        })),
        periodId: chosen?.id ?? null,
        progress: chosen ? await periodProgress(db.manager, chosen.id, today(), scope) : [],
        canManage: evaluationPeriodPolicy.can(caller, 'close'),
        payoutsUrl:
          chosen?.kind === PeriodKind.QUARTER && chosen.status === PeriodStatus.CLOSED
            ? `${ADMIN_ROOT}/exports/payouts/${chosen.id}.csv`
            : null,
      };
    },
    async (caller, body) => {
      const periodId = text(body.periodId);
      if (body.action === 'notifyAll')
        return `Đã thông báo kết quả cho ${String(await services.evaluations.notifyPeriod(caller.user, periodId))} người.`;
      if (body.action === 'close' && evaluationPeriodPolicy.can(caller, 'close')) {
        await services.periods.close(periodId);
        return 'Đã khoá kỳ đánh giá.';
      }
      throw new ForbiddenError();
    },
  );

  return {
    myEvaluation: { component: COMPONENTS.MyEvaluation, icon: 'User', handler: myEvaluation },
    toRate: { component: COMPONENTS.ToRate, icon: 'CheckSquare', handler: toRate },
    periodControl: { component: COMPONENTS.PeriodControl, icon: 'Sliders', handler: periodControl },
  };
}
