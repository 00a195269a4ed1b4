import type { SourceDocument } from '../../src/lib/schemas/records.ts';

/**
 * The five documents the seed catalogue was written from, defined once. Title, publisher and date
 * are as each document gives them (null where it gives none); the description is our own account.
 */
export const documents = {
	/** 000_67ba6ca9911ff0b8.txt */
	poznanTeams: {
		id: 'poznan-zespoly-eksperckie-fragment-raportu',
		title: null,
		publisher: null,
		date: null,
		description:
			'Fragment raportu bez tytułu, wydawcy i daty: poznańskie zespoły eksperckie instytucji pracujących z imigrantami, Migrant Info Point i komentarz jurorki Priscilli Rubii. Tekst odsyła do „kolejnej części raportu”.'
	},
	/** 001_047c4e6039dee012.txt */
	poznanProjects: {
		id: 'poznan-open-cities-amiga-fragment-raportu',
		title: null,
		publisher: null,
		date: null,
		description:
			'Fragment raportu bez tytułu, wydawcy i daty: projekt Open Cities programu URBACT II w Poznaniu (2009–2011) oraz projekt AMIGA Centrum Badań Migracyjnych UAM i Urzędu Miasta Poznania. W przypisie podano datę dostępu do stron internetowych: 12.05.2015 r.'
	},
	/** 002_eb91adf4be51e964.txt */
	competition: {
		id: 'miasta-otwarte-opis-wyroznionych-praktyk',
		title: 'Opis wyróżnionych praktyk miejskich',
		publisher: null,
		date: null,
		description:
			'Opis praktyk wyróżnionych w konkursie „Miasta Otwarte”, z podobnymi działaniami w innych miastach i rekomendacjami jurorów i ekspertów. Dokument nie podaje wydawcy ani daty.'
	},
	/** 003_fddcf65f84c99bdd.txt */
	pomorskieSlides: {
		id: 'trzy-kroki-do-integracji-na-pomorzu-prezentacja',
		title: 'Trzy kroki do integracji na Pomorzu',
		publisher: 'Marta Siciarek, Centrum Wsparcia Imigrantów i Imigrantek',
		date: 'Gdynia, 9 kwietnia 2018',
		description:
			'Slajdy prezentacji o programie dla samorządów województwa pomorskiego i o działalności CWII (tekst z OCR, część polskich znaków utracona).'
	},
	/** 004_dce4379b35c06327.txt */
	pomorskieNews: {
		id: 'jak-zatrzymac-potencjal-imigrantow-na-pomorzu',
		title: 'Jak zatrzymać potencjał imigrantów na Pomorzu? Specjalne szkolenia i warsztaty dla urzędników',
		publisher: 'pomorskie.eu, archiwum portalu (Wiadomości)',
		date: null,
		description:
			'Wiadomość z archiwum portalu samorządu województwa pomorskiego o umowie z CWII (budżet, plan działań, dane o cudzoziemcach, wypowiedzi marszałków i wiceprezes CWII). Strona nie podaje daty publikacji; opisuje podpisanie umowy 12 marca 2018 r. i zapowiada konferencję 9 kwietnia 2018 r.'
	}
} satisfies Record<string, SourceDocument>;

export const sourceDocuments: SourceDocument[] = Object.values(documents);
