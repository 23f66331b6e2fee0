import { describe, expect, it } from '@jest/globals';
import { enumValue, isEnumValue, optionalEnumValue, requiredEnumValue } from '../../src/common/enum-value.js';
import { BadInputError } from '../../src/common/errors.js';
import { RatingLevel } from '../../src/evaluation/evaluation.enums.js';

describe('posted enum values are checked, not cast', () => {
  it('a member passes, anything else is undefined', () => {
    expect(enumValue(RatingLevel, 'EXCELLENT')).toBe(RatingLevel.EXCELLENT);
    expect(enumValue(RatingLevel, 'excellent')).toBeUndefined();
    expect(enumValue(RatingLevel, 3)).toBeUndefined();
    expect(isEnumValue(RatingLevel, 'GOOD')).toBe(true);
    expect(isEnumValue(RatingLevel, 'good')).toBe(false);
    expect(isEnumValue(RatingLevel, null)).toBe(false);
  });

  it('a required field refuses a wrong value with BAD_USER_INPUT naming the field', () => {
    expect(() => requiredEnumValue(RatingLevel, 'BEST', 'level')).toThrow(BadInputError);
    expect(requiredEnumValue(RatingLevel, 'GOOD', 'level')).toBe(RatingLevel.GOOD);
  });

  it('the refusal says what the caller gives: the field’s problem in Vietnamese, the message in English', () => {
    try {
      requiredEnumValue(RatingLevel, 'BEST', 'level', 'mức xếp loại không hợp lệ', 'Unknown level.');
      throw new Error('accepted');
    } catch (error) {
      expect((error as BadInputError).extensions).toMatchObject({
        fields: [{ field: 'level', message: 'mức xếp loại không hợp lệ' }],
      });
      expect((error as BadInputError).extensions.messageEn).toBe('Unknown level. Fields: level');
    }
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
