import { registerEnumType } from 'type-graphql';
import { SatisfactionSource } from '../satisfaction/satisfaction-result.entity.js';
import { EvaluationStatus, PeriodKind, PeriodStatus, RatingLevel, RuleSetId } from './evaluation-enums.js';

registerEnumType(PeriodKind, { name: 'PeriodKind' });
registerEnumType(PeriodStatus, { name: 'PeriodStatus' });
registerEnumType(RatingLevel, { name: 'RatingLevel' });
registerEnumType(RuleSetId, { name: 'RuleSet' });
registerEnumType(EvaluationStatus, { name: 'EvaluationStatus' });
registerEnumType(SatisfactionSource, { name: 'SatisfactionSource' });
