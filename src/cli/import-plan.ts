import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createServices } from '../services.js';
import { reorg2025Plans } from '../hierarchy/plan-csv.js';
import { stepsOf } from '../hierarchy/plan.queries.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { requiredEnumValue } from '../common/enum-value.js';
import { fail, withCliDatabase } from './cli-database.js';

const USAGE = `usage: npm run import:plan -- --act SỐ-HIỆU --title "TRÍCH YẾU" --signed YYYY-MM-DD --effective YYYY-MM-DD
         --units UNITS.csv --mapping MAPPING.csv [--abolish DISTRICT] [--create-unmapped] [--apply | --schedule]
   or: npm run import:plan -- --hcmc-2025     (HCMC's three acts of 2025, from the shipped files, applied in order)`;

/**
 * `npm run import:plan`: a reorganisation plan from an act's units and mapping (the shape of the files in
 * reorg-2025/), entered as a draft and previewed; `--apply` applies it (in force) or `--schedule` leaves it for
 * its effective date. The same service as GraphQL and the panel.
 */
const { values } = parseArgs({
  options: {
    act: { type: 'string' },
    title: { type: 'string' },
    signed: { type: 'string' },
    effective: { type: 'string' },
    units: { type: 'string' },
    mapping: { type: 'string' },
    abolish: { type: 'string', multiple: true },
    'create-unmapped': { type: 'boolean' },
    apply: { type: 'boolean' },
    schedule: { type: 'boolean' },
    'hcmc-2025': { type: 'boolean' },
  },
});

if (values['hcmc-2025']) {
  await withCliDatabase('import-plan', async ({ dataSource }) => {
    const services = createServices(dataSource, 8, () => new Date());
    for (const act of reorg2025Plans()) {
      const started = Date.now();
      const plan = await services.plans.create(act.plan, act.steps, null);
      const applied = await services.plans.apply(plan.id);
      const report = applied.report as { unitsBefore: number; unitsAfter: number; peopleMoved: number };
      console.log(
        `✔ ${plan.actNumber} (${plan.effectiveDate}): ${String(report.unitsBefore)} → ${String(report.unitsAfter)} đơn vị, ${String(report.peopleMoved)} người chuyển, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }).catch(fail);
  process.exit(0);
}
for (const name of ['act', 'signed', 'effective', 'units', 'mapping'] as const) if (!values[name]) fail(USAGE);
for (const file of [values.units, values.mapping] as string[])
  if (!existsSync(file)) fail(`không tìm thấy tệp ${file}`);

await withCliDatabase('import-plan', async ({ dataSource }) => {
  const services = createServices(dataSource, 8, () => new Date());
  const plan = await services.plans.importMapping(
    {
      actNumber: values.act as string,
      title: values.title ?? (values.act as string),
      signedOn: values.signed as string,
      effectiveDate: values.effective as string,
    },
    { units: readFileSync(values.units as string), mapping: readFileSync(values.mapping as string) },
    {
      abolish: (values.abolish ?? []).map((kind) => requiredEnumValue(UnitKind, kind, '--abolish')),
      createUnmapped: values['create-unmapped'] ?? false,
    },
    null,
  );
  console.log(
    `✔ kế hoạch ${plan.actNumber}: ${String((await stepsOf(dataSource.manager, plan.id)).length)} bước (mã ${plan.id})`,
  );
  const started = Date.now();
  const report = await services.plans.preview(plan.id);
  console.log(
    `  xem trước trong ${((Date.now() - started) / 1000).toFixed(1)} s: ${String(report.unitsBefore)} → ${String(report.unitsAfter)} đơn vị; đóng ${String(report.unitsClosed.length)}, thành lập ${String(report.unitsCreated.length)}; ${String(report.peopleMoved)} người chuyển; ${String(report.headsEnded.length)} người đứng đầu kết thúc nhiệm vụ; ${String(report.feedbackItemsMoved)} phản ánh 1022 chuyển đơn vị`,
  );
  if (values.apply) {
    await services.plans.apply(plan.id);
    console.log(`✔ đã áp dụng trong ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else if (values.schedule) {
    await services.plans.schedule(plan.id);
    console.log(`✔ đã đặt lịch áp dụng ngày ${plan.effectiveDate}`);
  }
}).catch(fail);
