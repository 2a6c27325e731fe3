/** Where the benchmark data lives: `$CORROBORATE_DATA`, else `../shared/data` from the project root. */
import { resolve } from 'node:path';

export const DATA_ENV = 'CORROBORATE_DATA';

export function resolveDataDir(projectRoot: string, env: NodeJS.ProcessEnv): string {
  const override = env[DATA_ENV];
  return override && override.trim() !== '' ? resolve(projectRoot, override) : resolve(projectRoot, '..', 'shared', 'data');
}
