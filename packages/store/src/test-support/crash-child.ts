// A writer for the crash test: opens the store given on the command line and appends in a loop,
// printing "committed <case> <version>" after each transaction commits, until it is killed.
import { openStore } from '../store.js';
import { received, step } from './events.js';

const [kind, location] = process.argv.slice(2);
if (kind === undefined || location === undefined)
  throw new Error('usage: crash-child <dataDir|connectionString> <location>');
const store = await openStore(kind === 'dataDir' ? { dataDir: location } : { connectionString: location });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const ref = { agencyId: 'crash', caseId: `${String(process.pid)}-${String(i)}` };
  await store.append(ref, [received('2025-09-26')], 0);
  process.stdout.write(`committed ${ref.caseId} 1\n`);
  await store.append(ref, [step('reasonRequested', '2025-09-29')], 1);
  process.stdout.write(`committed ${ref.caseId} 2\n`);
}
