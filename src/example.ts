import { processIo } from './cli/io.js';
import { run } from './cli/run.js';

// `npm run example`: the text report of the two bundled example reports, the same as
// `npx corroborate example` (extra arguments such as `--format html` pass through).
process.exitCode = await run(['example', ...process.argv.slice(2)], processIo());
