// Writes a workbook of N made-up people (default 18,000), each with a staff appointment in a unit valid today
// and a monthly salary, for measuring `npm run import:people`:
//   DATABASE_URL=… node scripts/people-import-sample.mjs OUT.xlsx [N]
import ExcelJS from 'exceljs';
import pg from 'pg';

const [out, count = '18000'] = process.argv.slice(2);
if (!out || !process.env.DATABASE_URL) {
  console.error('usage: DATABASE_URL=… node scripts/people-import-sample.mjs OUT.xlsx [N]');
  process.exit(1);
}
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const { rows: units } = await client.query(
  `SELECT code FROM unit WHERE valid_from <= current_date AND (valid_to IS NULL OR valid_to > current_date) ORDER BY code`,
);
await client.end();
const book = new ExcelJS.Workbook();
const people = book.addWorksheet('Cán bộ');
const appointments = book.addWorksheet('Bổ nhiệm');
const pay = book.addWorksheet('Lương');
people.addRow(['Số hiệu cán bộ', 'Họ và tên', 'Loại']);
appointments.addRow(['Số hiệu cán bộ', 'Mã đơn vị', 'Chức vụ', 'Quyền, phụ trách', 'Từ ngày', 'Đến ngày']);
pay.addRow(['Số hiệu cán bộ', 'Lương tháng', 'Mức khoán tháng']);
for (let i = 1; i <= Number(count); i += 1) {
  const number = `NV${String(i).padStart(6, '0')}`;
  people.addRow([number, `Cán Bộ Nhập ${i}`, i % 10 === 0 ? 'Viên chức' : 'Công chức']);
  appointments.addRow([
    number,
    units[i % units.length].code,
    i % 7 === 0 ? 'Cấp phó' : 'Nhân viên',
    '',
    '01/01/2025',
    '',
  ]);
  pay.addRow([number, 6_000_000 + (i % 50) * 100_000, '']);
}
await book.xlsx.writeFile(out);
console.log(`${out}: ${count} people, ${count} appointments, ${count} salaries over ${units.length} units`);
