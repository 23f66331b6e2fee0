import type { PageContext } from 'adminjs';
import { SHEETS, SHEET_KINDS } from '../../src/people/import/people-import.rules.js';
import { COMPONENTS } from '../components/index.js';
import { ADMIN_ROOT, type AdminDeps } from '../deps.js';
import { callerOf } from '../session.js';
import { PAGE_AUDIENCE } from './audience.js';

/**
 * "Nhập cán bộ từ tệp" (Home Affairs' office): the template, then a file previewed and applied. The file goes to
 * /admin/uploads/people-import as the request's body (admin/uploads.ts); this handler says what the page needs.
 */
export function peopleImportPages({ services }: AdminDeps) {
  return {
    peopleImport: {
      component: COMPONENTS.PeopleImport,
      icon: 'Upload',
      handler: async (_request: unknown, _response: unknown, context: PageContext) => {
        const caller = callerOf(context);
        if (!caller) return { ok: false, message: 'Chưa đăng nhập hoặc phiên đã hết hạn.' };
        if (!PAGE_AUDIENCE.peopleImport(caller))
          return { ok: false, message: 'Bạn không có quyền thực hiện thao tác này.' };
        return {
          ok: true,
          templateUrl: `${ADMIN_ROOT}/imports/people/template.xlsx`,
          uploadUrl: `${ADMIN_ROOT}/uploads/people-import`,
          maxBytes: services.files.maxBytes,
          sheets: SHEET_KINDS.map((kind) => ({
            kind,
            title: SHEETS[kind].title,
            columns: SHEETS[kind].columns.map((column) => column.label),
          })),
        };
      },
    },
  };
}
