import type { ActionResponse, After, ResourceWithOptions } from 'adminjs';
import { missingYears } from '../../src/calendar/calendar.js';
import { loadWorkCalendar } from '../../src/calendar/calendar.queries.js';
import { cityDayOf } from '../../src/common/dates.js';
import { CalendarDay } from '../../src/calendar/calendar-day.entity.js';
import type { AdminDeps } from '../deps.js';

/** The calendar page says which years' notice (Tết, days in lieu, make-up days) is still to be entered (R31). */
const missingNotice =
  ({ db, clock }: AdminDeps): After<ActionResponse> =>
  async (response) => {
    const year = Number(cityDayOf(clock()).slice(0, 4));
    const missing = missingYears(await loadWorkCalendar(db.manager), year, year + 1);
    if (missing.length > 0 && !response.notice) {
      response.notice = {
        type: 'info',
        message: `Chưa nhập lịch nghỉ chính thức năm ${missing.join(', ')} (Tết, nghỉ bù, làm bù): hạn xử lý tính qua năm đó là tạm tính.`,
      };
    }
    return response;
  };

export function calendarResources(deps: AdminDeps): ResourceWithOptions[] {
  return [
    {
      resource: CalendarDay,
      options: {
        navigation: { name: 'system', icon: 'Calendar' },
        titleProperty: 'name',
        listProperties: ['day', 'kind', 'name'],
        filterProperties: ['day', 'kind', 'name'],
        editProperties: ['day', 'kind', 'name'],
        properties: { day: { type: 'date', isId: true } },
        sort: { sortBy: 'day', direction: 'desc' },
        actions: { list: { after: missingNotice(deps) } },
      },
    },
  ];
}
