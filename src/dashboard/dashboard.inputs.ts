import { InputType, type ClassType } from 'type-graphql';
import { WhereCombinators } from '../common/where.js';
import { EvaluationGroupConditions } from '../evaluation/evaluation.inputs.js';

/**
 * Conditions on the evaluations an aggregate counts. Nothing here names a person (no id, person, name or rater):
 * an aggregate is over groups, and a filter that picked people one by one would read a person's result off it (R32).
 */
@InputType({ description: 'Conditions on the evaluations counted (fields combine with AND); none names a person.' })
export class EvaluationAggregateWhere extends WhereCombinators(
  (): ClassType => EvaluationAggregateWhere,
  EvaluationGroupConditions,
) {}
