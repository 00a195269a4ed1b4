import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import spec from '../../src/lib/api/openapi.json';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// Local refs ("#/components/…") are re-rooted at the id this copy of the spec is registered under.
const components = JSON.parse(
	JSON.stringify(spec.components).replaceAll('"#/components/', '"openapi#/components/')
);
ajv.addSchema({ $id: 'openapi', components });

/** The errors of `value` against one component schema of the published OpenAPI file (empty when valid). */
export function schemaErrors(component: keyof typeof spec.components.schemas, value: unknown): string[] {
	const validate = ajv.getSchema(`openapi#/components/schemas/${component}`)!;
	if (validate(value)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** The errors of `value` against any schema taken from the document (its local refs resolved). */
export function errorsAgainst(schema: object, value: unknown): string[] {
	const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/');
	let validate = compiled.get(text);
	if (!validate) compiled.set(text, (validate = ajv.compile(JSON.parse(text))));
	if (validate(value)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
