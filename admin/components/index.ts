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

const component = (name: string, file: string) => componentLoader.add(name, path.join(projectRoot(), 'admin/components', file));

export const COMPONENTS = {
  Home: component('Home', 'home.tsx'),
  MyEvaluation: component('MyEvaluation', 'my-evaluation.tsx'),
  ToRate: component('ToRate', 'to-rate.tsx'),
  PeriodControl: component('PeriodControl', 'period-control.tsx'),
  UnitTree: component('UnitTree', 'unit-tree.tsx'),
};

componentLoader.override('SidebarPages', path.join(projectRoot(), 'admin/components/sidebar-pages.tsx'));
