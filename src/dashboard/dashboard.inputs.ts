import { Field, InputType } from 'type-graphql';
import { EvaluationGroupConditions } from '../evaluation/evaluation.inputs.js';

/**
 * Conditions on the evaluations an aggregate counts. Nothing here names a person (no id, person, name or rater):
 * an aggregate is over groups, and a filter that picked people one by one would read a person's result off it (R32).
 */
@InputType({ description: 'Conditions on the evaluations counted (fields combine with AND); none names a person.' })
export class EvaluationAggregateWhere extends EvaluationGroupConditions {
  @Field(() => [EvaluationAggregateWhere], { nullable: true, description: 'All of these.' })
  and?: EvaluationAggregateWhere[];

  @Field(() => [EvaluationAggregateWhere], { nullable: true, description: 'Any of these.' })
  or?: EvaluationAggregateWhere[];

  @Field(() => EvaluationAggregateWhere, { nullable: true, description: 'Not this.' })
  not?: EvaluationAggregateWhere;
}
