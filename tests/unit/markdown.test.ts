import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/server/markdown';

describe('renderMarkdown', () => {
	it('keepsStructure_headingsListsAndLinks', () => {
		const html = renderMarkdown(
			'### Cele\n\n- pierwszy\n- **drugi**\n\n[Portal](https://www.migrant.poznan.pl)'
		);
		expect(html).toContain('<h3>Cele</h3>');
		expect(html).toContain('<li><strong>drugi</strong></li>');
		expect(html).toContain(
			'<a href="https://www.migrant.poznan.pl" rel="nofollow noopener noreferrer">Portal</a>'
		);
	});

	it('scriptTags_areRemovedWithTheirContent', () => {
		const html = renderMarkdown('Tekst <script>alert("x")</script> dalej');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('alert');
		expect(html).toContain('Tekst');
	});

	it('eventHandlerAttributes_areStripped', () => {
		const html = renderMarkdown(
			'<p onclick="steal()">klik</p> <img src="x" onerror="steal()"> <a href="https://a.pl" onmouseover="steal()">a</a>'
		);
		expect(html).not.toMatch(/on(click|error|mouseover)/);
		expect(html).not.toContain('<img');
		expect(html).toContain('<a href="https://a.pl"');
	});

	it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x'])(
		'unsafeLinkScheme_%s_isDropped',
		(href) => {
			const html = renderMarkdown(`[kliknij](${href}) <a href="${href}">tu</a>`);
			expect(html).not.toMatch(/href="(javascript|data|vbscript):/i);
			expect(html).toContain('kliknij');
		}
	);

	it('mailtoLinks_areKept', () => {
		expect(renderMarkdown('<a href="mailto:pomorze@cwii.org.pl">napisz</a>')).toContain(
			'href="mailto:pomorze@cwii.org.pl"'
		);
	});

	it('topLevelHeading_isDemotedBelowThePageTitle', () => {
		expect(renderMarkdown('# Tytuł').trim()).toBe('<h2>Tytuł</h2>');
	});
});
