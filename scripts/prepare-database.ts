/** Makes sure the embedded database can start (builds FerretDB once when that is the choice). */
import { buildFerretdb } from '../src/lib/server/db/ferretdb.ts';
import { chooseDatabase, probeMachine } from '../src/lib/server/db/embedded.ts';

const choice = chooseDatabase(process.env, await probeMachine());
if (choice.kind === 'none') {
	console.error(choice.message);
	process.exit(1);
}
if (choice.kind === 'ferretdb-build') await buildFerretdb();
console.log(
	`Database for this machine: ${choice.kind === 'ferretdb-build' ? 'ferretdb (built)' : choice.kind}`
);
