import { ComponentLoader } from 'adminjs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root, from the sources (jest, ts) or the compiled code (dist/admin). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** The panel's own React components (bundled by AdminJS from the .tsx sources, which the build does not compile). */
export const componentLoader = new ComponentLoader();

/** A React component of admin/components/, which AdminJS bundles for the browser. */
const componentPath = (file: string) => path.join(projectRoot(), 'admin/components', file);
const component = (name: string, file: string) => componentLoader.add(name, componentPath(file));

export const COMPONENTS = {
  Home: component('Home', 'home.tsx'),
  MyEvaluation: component('MyEvaluation', 'my-evaluation.tsx'),
  ToRate: component('ToRate', 'to-rate.tsx'),
  PeriodControl: component('PeriodControl', 'period-control.tsx'),
  UnitTree: component('UnitTree', 'unit-tree.tsx'),
  PlanImport: component('PlanImport', 'plan-import.tsx'),
  PeopleImport: component('PeopleImport', 'people-import.tsx'),
  Attachments: component('Attachments', 'attachments.tsx'),
  Notifications: component('Notifications', 'notifications.tsx'),
  Downloads: component('Downloads', 'downloads.tsx'),
  ExportList: component('ExportList', 'export-list.tsx'),
};

componentLoader.override('SidebarPages', componentPath('sidebar-pages.tsx'));
// the top bar's left part (AdminJS's versions, which the panel does not show) carries the notification bell
componentLoader.override('Version', componentPath('notification-bell.tsx'));

// AdminJS's own components, overridden so that the panel reads as Vietnamese: dd/mm/yyyy and a Vietnamese
// calendar from Monday, numbers with the decimal comma, coloured status badges, selects' own words, a
// reference by its name (never a bare id), and a record's page named after the record.
for (const where of ['List', 'Show', 'Edit', 'Filter']) {
  componentLoader.override(`DefaultDatetime${where}Property`, componentPath('date-property.tsx'));
}
componentLoader.override('DefaultPropertyValue', componentPath('property-value.tsx'));
componentLoader.override('BooleanPropertyValue', componentPath('property-value.tsx'));
componentLoader.override('DefaultEditProperty', componentPath('number-edit.tsx'));
componentLoader.override('DefaultReferenceValue', componentPath('reference-value.tsx'));
componentLoader.add('SelectDefaults', componentPath('select-defaults.ts'));
componentLoader.override('ActionHeader', componentPath('action-header.tsx'));
