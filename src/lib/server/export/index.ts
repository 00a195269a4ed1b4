import type { CatalogueView } from '../catalogue';

export const LICENCE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	attribution: 'Miasta Otwarte — katalog dobrych praktyk integracji imigrantów'
};

/** Everything public, in one document: the full open-data export. */
export function exportJson(view: CatalogueView, generatedAt = new Date()) {
	return {
		generatedAt: generatedAt.toISOString(),
		licence: LICENCE,
		editions: view.editions,
		places: view.places,
		organisations: view.organisations,
		practices: view.practices,
		awards: view.awards,
		recommendations: view.recommendations,
		jurors: view.jurors,
		vocabularies: view.vocabulary
	};
}
