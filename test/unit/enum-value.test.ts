import { describe, expect, it } from '@jest/globals';
import { enumValue, optionalEnumValue, requiredEnumValue } from '../../src/common/enum-value.js';
import { BadInputError } from '../../src/common/errors.js';
import { RatingLevel } from '../../src/evaluation/evaluation.enums.js';

describe('posted enum values are checked, not cast', () => {
  it('a member passes, anything else is undefined', () => {
    expect(enumValue(RatingLevel, 'EXCELLENT')).toBe(RatingLevel.EXCELLENT);
    expect(enumValue(RatingLevel, 'excellent')).toBeUndefined();
    expect(enumValue(RatingLevel, 3)).toBeUndefined();
  });

  it('a required field refuses a wrong value with BAD_USER_INPUT naming the field', () => {
    expect(() => requiredEnumValue(RatingLevel, 'BEST', 'level')).toThrow(BadInputError);
    expect(requiredEnumValue(RatingLevel, 'GOOD', 'level')).toBe(RatingLevel.GOOD);
  });

  it('an optional field left empty is undefined, but a wrong value is refused, never dropped', () => {
    expect(optionalEnumValue(RatingLevel, '', 'chosenLevel')).toBeUndefined();
    expect(optionalEnumValue(RatingLevel, undefined, 'chosenLevel')).toBeUndefined();
    expect(optionalEnumValue(RatingLevel, 'GOOD', 'chosenLevel')).toBe(RatingLevel.GOOD);
    try {
      optionalEnumValue(RatingLevel, 'BEST', 'chosenLevel');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(BadInputError);
      expect((error as BadInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});
