/** Where each map marker's name goes so that names neither overlap nor cover other markers. */

export interface LabelMarker {
	slug: string;
	name: string;
	x: number;
	y: number;
	r: number;
}

export interface PlacedLabel {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places labels of `fontSize` (in the map's own units) greedily, biggest marker first, trying the
 * right, left, above, below and the four corners of each marker; a name that fits nowhere is left
 * out (its marker keeps its accessible name, and the list beside the map names every place).
 * Text width is estimated from the number of characters, which is enough for short place names.
 */
export function placeLabels(
	markers: LabelMarker[],
	{ fontSize, width, height }: { fontSize: number; width: number; height: number }
): Map<string, PlacedLabel | null> {
	const gap = fontSize * 0.3;
	const circles: (Box & { slug: string })[] = markers.map((m) => ({
		slug: m.slug,
		left: m.x - m.r,
		right: m.x + m.r,
		top: m.y - m.r,
		bottom: m.y + m.r
	}));
	const taken: Box[] = [];
	const placed = new Map<string, PlacedLabel | null>();
	const order = [...markers].sort((a, b) => b.r - a.r || a.name.localeCompare(b.name, 'pl'));
	for (const marker of order) {
		const w = marker.name.length * fontSize * 0.58;
		const ascent = fontSize * 0.75;
		const descent = fontSize * 0.25;
		const { x, y, r } = marker;
		const side = r + gap;
		const diagonal = r * 0.7 + gap;
		const candidates: PlacedLabel[] = [
			{ x: x + side, y: y + ascent / 2, anchor: 'start' },
			{ x: x - side, y: y + ascent / 2, anchor: 'end' },
			{ x, y: y - side - descent, anchor: 'middle' },
			{ x, y: y + side + ascent, anchor: 'middle' },
			{ x: x + diagonal, y: y - diagonal, anchor: 'start' },
			{ x: x + diagonal, y: y + diagonal + ascent, anchor: 'start' },
			{ x: x - diagonal, y: y - diagonal, anchor: 'end' },
			{ x: x - diagonal, y: y + diagonal + ascent, anchor: 'end' }
		];
		const boxOf = (c: PlacedLabel): Box => {
			const left = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
			return { left, right: left + w, top: c.y - ascent, bottom: c.y + descent };
		};
		const fits = (c: PlacedLabel) => {
			const box = boxOf(c);
			if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height) return false;
			if (taken.some((t) => overlaps(t, box))) return false;
			return !circles.some((circle) => circle.slug !== marker.slug && overlaps(circle, box));
		};
		const chosen = candidates.find(fits) ?? null;
		if (chosen) taken.push(boxOf(chosen));
		placed.set(marker.slug, chosen);
	}
	return placed;
}
