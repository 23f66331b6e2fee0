import { Position } from './people.enums.js';

export interface AppointmentFacts {
  personId: string;
  unitId: string;
  position: Position;
  acting: boolean;
}

const POSITION_RANK: Record<Position, number> = { HEAD: 0, DEPUTY: 1, STAFF: 2 };

/**
 * The appointment that says where a person stands on a day when they hold several: substantive posts before
 * acting ones (a deputy acting as head is still a deputy), then head, deputy, staff.
 */
export function primaryAppointment<T extends AppointmentFacts>(appointments: readonly T[]): T | null {
  const sorted = [...appointments].sort(
    (a, b) => Number(a.acting) - Number(b.acting) || POSITION_RANK[a.position] - POSITION_RANK[b.position],
  );
  return sorted[0] ?? null;
}

/** R4: the non-acting head appointed on the day, else the acting head, else none. */
export function chooseHead<T extends AppointmentFacts>(headAppointments: readonly T[]): T | null {
  const heads = headAppointments.filter((a) => a.position === Position.HEAD);
  return heads.find((a) => !a.acting) ?? heads.find((a) => a.acting) ?? null;
}

export interface ChainLink {
  unitId: string;
  unitName: string;
  headPersonId: string | null;
  /** the city itself: its head alone is rated outside the system */
  isCity: boolean;
}

/** R5's two warnings without a rater, the same wherever the rater is decided (here, and in SQL at opening and refresh). */
export const CITY_HEAD_WARNING = 'Người đứng đầu Thành phố được đánh giá ngoài hệ thống (chỉ ghi nhận kết quả).';
export const NO_RATER_WARNING = 'Không tìm thấy người có thẩm quyền đánh giá.';

export interface RaterDecision {
  raterPersonId: string | null;
  raterUnitId: string | null;
  warnings: string[];
}

/**
 * R5: a head is rated by the head of the parent unit; deputies and staff by the head of their own unit. When
 * that post is vacant the next ancestor's head rates, with a warning. Nobody rates themself. `chain` is the
 * person's unit followed by its ancestors, nearest first, with each unit's head on the day (R4).
 */
export function chooseRater(personId: string, position: Position, chain: readonly ChainLink[]): RaterDecision {
  const start = position === Position.HEAD ? 1 : 0;
  const warnings: string[] = [];
  for (const link of chain.slice(start)) {
    if (link.headPersonId === null) {
      warnings.push(`${link.unitName} chưa có người đứng đầu: người đứng đầu cấp trên đánh giá thay.`);
      continue;
    }
    if (link.headPersonId === personId) continue;
    return { raterPersonId: link.headPersonId, raterUnitId: link.unitId, warnings };
  }
  if (start === 1 && chain[0]?.isCity) {
    return {
      raterPersonId: null,
      raterUnitId: null,
      warnings: [...warnings, CITY_HEAD_WARNING],
    };
  }
  return { raterPersonId: null, raterUnitId: null, warnings: [...warnings, NO_RATER_WARNING] };
}
