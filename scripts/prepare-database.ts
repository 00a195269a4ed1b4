/** Makes sure the embedded database can start (builds FerretDB once when that is the choice). */
import { buildFerretdb } from '../startup/ferretdb.ts';
import { chooseDatabase, probeMachine } from '../startup/embedded-database.ts';

const choice = chooseDatabase(process.env, await probeMachine());
if (choice.kind === 'none') {
	console.error(choice.message);
	process.exit(1);
}
if (choice.kind === 'ferretdb-build') await buildFerretdb();
console.log(
	`Database for this machine: ${choice.kind === 'ferretdb-build' ? 'ferretdb (built)' : choice.kind}`
);
