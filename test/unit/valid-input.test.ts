import { describe, expect, it } from '@jest/globals';
import { assertValidInput } from '../../src/common/valid-input.js';
import { RateEvaluationInput } from '../../src/evaluation/evaluation.inputs.js';
import { Vote } from '../../src/initiative/initiative.enums.js';
import { VoteInput } from '../../src/initiative/initiative.inputs.js';

/** The services check their inputs by the GraphQL input classes, so the panel's doors keep GraphQL's lengths. */
describe('assertValidInput', () => {
  const ballot = { novelty: 7, feasibility: 7, impact: 7, scope: 7, vote: Vote.APPROVE };

  it('passes what GraphQL accepts, a plain object included', async () => {
    await expect(assertValidInput(VoteInput, { ...ballot, comment: 'Ý kiến thẩm định' })).resolves.toBeUndefined();
    await expect(assertValidInput(VoteInput, { ...ballot, comment: null })).resolves.toBeUndefined();
  });

  it('refuses a vote’s comment over 5,000 characters and a rater’s empty comment, naming the field', async () => {
    await expect(assertValidInput(VoteInput, { ...ballot, comment: 'x'.repeat(5_001) })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'comment' })] },
    });
    const rating = { evaluationId: 'e', version: 1, parts: { generalScore: 20, taskScore: 60 }, comment: '' };
    await expect(assertValidInput(RateEvaluationInput, rating)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'comment' })] },
    });
  });
});
