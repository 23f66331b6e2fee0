import { describe, expect, it } from '@jest/globals';
import { Position } from '../../src/people/people.enums.js';
import { chooseHead, chooseRater, primaryAppointment } from '../../src/people/people.rules.js';

const appointment = (personId: string, position: Position, acting = false) => ({
  personId,
  unitId: 'u',
  position,
  acting,
});

describe('head of a unit (R4)', () => {
  it('prefers the non-acting head, then the acting head, then nobody', () => {
    expect(
      chooseHead([appointment('acting', Position.HEAD, true), appointment('titular', Position.HEAD)])?.personId,
    ).toBe('titular');
    expect(
      chooseHead([appointment('acting', Position.HEAD, true), appointment('deputy', Position.DEPUTY)])?.personId,
    ).toBe('acting');
    expect(chooseHead([appointment('deputy', Position.DEPUTY)])).toBeNull();
  });

  it('reads a deputy acting as head as a deputy first', () => {
    const main = primaryAppointment([appointment('p', Position.HEAD, true), appointment('p', Position.DEPUTY)]);
    expect(main?.position).toBe(Position.DEPUTY);
  });
});

describe('rater (R5)', () => {
  const chain = (...heads: Array<string | null>) =>
    heads.map((head, i) => ({
      unitId: `u${i}`,
      unitName: `Đơn vị ${i}`,
      headPersonId: head,
      isCity: i === heads.length - 1 && i > 0,
    }));
  const cityChain = (head: string) => [{ unitId: 'city', unitName: 'Thành phố', headPersonId: head, isCity: true }];

  it('a head is rated by the head of the parent unit', () => {
    expect(chooseRater('ward-head', Position.HEAD, chain('ward-head', 'district-head', 'city-head'))).toEqual({
      raterPersonId: 'district-head',
      raterUnitId: 'u1',
      warnings: [],
    });
  });

  it('staff and deputies are rated by the head of their own unit', () => {
    expect(chooseRater('staff', Position.STAFF, chain('ward-head', 'district-head')).raterPersonId).toBe('ward-head');
    expect(chooseRater('deputy', Position.DEPUTY, chain('ward-head', 'district-head')).raterPersonId).toBe('ward-head');
  });

  it('a vacant parent passes the rating to the next ancestor, with a warning', () => {
    const decision = chooseRater('ward-head', Position.HEAD, chain('ward-head', null, 'city-head'));
    expect(decision.raterPersonId).toBe('city-head');
    expect(decision.raterUnitId).toBe('u2');
    expect(decision.warnings).toHaveLength(1);
    expect(decision.warnings[0]).toContain('Đơn vị 1');
  });

  it('nobody rates themself: a deputy acting as the only head is rated by the parent head', () => {
    expect(chooseRater('deputy', Position.DEPUTY, chain('deputy', 'district-head')).raterPersonId).toBe(
      'district-head',
    );
  });

  it('the city head is rated outside the system', () => {
    const decision = chooseRater('city-head', Position.HEAD, cityChain('city-head'));
    expect(decision.raterPersonId).toBeNull();
    expect(decision.warnings.join()).toContain('ngoài hệ thống');
  });

  it('the head of a unit with nobody above that is not the city gets no such warning: nobody was found to rate', () => {
    const decision = chooseRater('director', Position.HEAD, chain('director'));
    expect(decision.raterPersonId).toBeNull();
    expect(decision.warnings).toEqual(['Không tìm thấy người có thẩm quyền đánh giá.']);
  });
});
