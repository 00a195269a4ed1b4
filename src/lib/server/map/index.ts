/** Map: Poland's outline and the projection that places the catalogue's markers on it. */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';

const POLAND_ISO_NUMERIC = '616';
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 560;

export interface MapMarker {
	slug: string;
	name: string;
	kind: string;
	x: number;
	y: number;
	count: number;
}

/** Poland's outline and a projection for it, from Natural Earth data shipped in `world-atlas`. */
const poland = (() => {
	const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
	const all = feature(topology, topology.objects.countries);
	const outline = all.features.find((f) => String(f.id) === POLAND_ISO_NUMERIC) as Feature<Geometry>;
	const projection = geoMercator().fitExtent(
		[
			[12, 12],
			[MAP_WIDTH - 12, MAP_HEIGHT - 12]
		],
		outline
	);
	return { path: geoPath(projection)(outline) ?? '', projection };
})();

/** An SVG-ready map: the outline path and one marker per place, sized by its number of practices. */
export function polandMap(
	places: { slug: string; name: string; kind: string; lat: number; lng: number; count: number }[]
) {
	const markers: MapMarker[] = places.map((place) => {
		const [x, y] = poland.projection([place.lng, place.lat]) ?? [0, 0];
		return {
			slug: place.slug,
			name: place.name,
			kind: place.kind,
			x: Math.round(x),
			y: Math.round(y),
			count: place.count
		};
	});
	return { width: MAP_WIDTH, height: MAP_HEIGHT, outline: poland.path, markers };
}
