import input from '@inquirer/input';
import password from '@inquirer/password';
import { parseArgs } from 'node:util';
import { AuthService } from '../auth/auth.service.js';
import { Role } from '../auth/auth.enums.js';
import { fail, withCliDatabase } from './cli-database.js';

/**
 * `npm run create-admin -- --username NAME`: the first SYSTEM_ADMIN of an install. The password comes from
 * CONGVU_ADMIN_PASSWORD or is asked on the terminal (twice, hidden).
 */
const MIN_LENGTH = 12;
const { values } = parseArgs({ options: { username: { type: 'string' } } });

async function askPassword(): Promise<string> {
  const fromEnv = process.env.CONGVU_ADMIN_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) fail('no terminal to ask for a password: set CONGVU_ADMIN_PASSWORD');
  const first = await password({ message: 'Mật khẩu (password):', mask: '*' });
  const second = await password({ message: 'Nhập lại (again):', mask: '*' });
  if (first !== second) fail('the two passwords differ');
  return first;
}

const username = (
  values.username ??
  (process.stdin.isTTY ? await input({ message: 'Tên đăng nhập (username):', default: 'admin' }) : 'admin')
)
  .trim()
  .toLowerCase();
if (!/^[a-z0-9._-]{3,64}$/.test(username)) fail('the username takes 3–64 of a–z, 0–9, dot, dash, underscore');
const secret = await askPassword();
if (secret.length < MIN_LENGTH) fail(`the password needs at least ${String(MIN_LENGTH)} characters`);

await withCliDatabase('create-admin', async ({ dataSource }, config) => {
  const user = await new AuthService(dataSource, config.tokenTtlHours).createUser({
    username,
    password: secret,
    roles: [Role.SYSTEM_ADMIN],
  });
  console.log(`✔ SYSTEM_ADMIN "${user.username}" created`);
}).catch(fail);
