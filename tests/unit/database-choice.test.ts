import { describe, expect, it } from 'vitest';
import { chooseDatabase, type MachineProbe } from '../../startup/embedded-database';
import { databaseNameFrom, redactUri } from '../../src/lib/server/db';
import { ferretdbArgs, ferretdbEnvironment } from '../../startup/ferretdb';

const bareMachine: MachineProbe = {
	mongodOnPath: null,
	ferretdbBinary: null,
	goAvailable: false,
	memoryServerInstalled: false
};
const fullMachine: MachineProbe = {
	mongodOnPath: '/usr/bin/mongod',
	ferretdbBinary: '/cache/ferretdb',
	goAvailable: true,
	memoryServerInstalled: true
};

describe('chooseDatabase', () => {
	it.each([
		['MONGODB_URI wins over everything', { MONGODB_URI: 'mongodb://db:27017/x' }, fullMachine, 'uri'],
		['mongod on the PATH comes next', {}, fullMachine, 'mongod'],
		['then an existing FerretDB binary', {}, { ...fullMachine, mongodOnPath: null }, 'ferretdb'],
		[
			'then FerretDB built with Go',
			{},
			{ ...bareMachine, goAvailable: true, memoryServerInstalled: true },
			'ferretdb-build'
		],
		['then mongodb-memory-server', {}, { ...bareMachine, memoryServerInstalled: true }, 'memory-server'],
		['else nothing', {}, bareMachine, 'none'],
		['a blank MONGODB_URI does not count', { MONGODB_URI: '  ' }, bareMachine, 'none']
	])('%s', (_name, env, machine, expected) => {
		expect(chooseDatabase(env, machine).kind).toBe(expected);
	});

	it('noDatabase_messageNamesEveryWayToProvideOne', () => {
		const choice = chooseDatabase({}, bareMachine);
		expect(choice.kind).toBe('none');
		const message = choice.kind === 'none' ? choice.message : '';
		for (const option of ['MONGODB_URI', 'mongod', 'FerretDB', 'Go', 'mongodb-memory-server']) {
			expect(message).toContain(option);
		}
	});
});

describe('FerretDB flags', () => {
	it('ferretdbArgs_disablesTelemetryAndListensOnLoopbackOnly', () => {
		const args = ferretdbArgs('/data/ferretdb', 41000);
		expect(args).toContain('--telemetry=disable');
		expect(args).toContain('--listen-addr=127.0.0.1:41000');
		expect(args).toContain('--debug-addr=-');
		expect(args).toContain('--handler=sqlite');
		expect(args).toContain('--state-dir=/data/ferretdb/state');
	});

	it('ferretdbEnvironment_givesGosCollectorRoomUnlessTheEnvironmentSaysOtherwise', () => {
		const env = ferretdbEnvironment({ PATH: '/usr/bin' });
		expect(env).toEqual({ PATH: '/usr/bin', GOGC: '1000', GOMEMLIMIT: '768MiB' });
		expect(ferretdbEnvironment({ GOGC: '100', GOMEMLIMIT: '1GiB' })).toEqual({
			GOGC: '100',
			GOMEMLIMIT: '1GiB'
		});
	});
});

describe('connection strings', () => {
	it('databaseNameFrom_readsThePathOrFallsBack', () => {
		expect(databaseNameFrom('mongodb://127.0.0.1:1234/catalogue?x=1')).toBe('catalogue');
		expect(databaseNameFrom('mongodb://127.0.0.1:1234')).toBe('miasta_otwarte');
		expect(databaseNameFrom('mongodb+srv://u:p@cluster.example/prod')).toBe('prod');
	});

	it('redactUri_hidesThePassword', () => {
		expect(redactUri('mongodb://admin:s3cret@db:27017/x')).toBe('mongodb://admin:***@db:27017/x');
	});
});
