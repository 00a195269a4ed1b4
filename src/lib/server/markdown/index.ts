/** Markdown: rendering to the only HTML the site stores or serves, sanitised to a safe subset. */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** The only markup stored or served: structure and emphasis, links limited to http(s) and mailto. */
const policy: sanitizeHtml.IOptions = {
	allowedTags: [
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'p',
		'br',
		'hr',
		'blockquote',
		'pre',
		'code',
		'ul',
		'ol',
		'li',
		'strong',
		'em',
		'del',
		'a',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td'
	],
	allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'], ol: ['start'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		// A top-level heading inside a practice would compete with the page's own h1.
		h1: 'h2',
		a: (tagName, attribs) => ({
			tagName,
			attribs: { ...attribs, rel: 'nofollow noopener noreferrer' }
		})
	}
};

export function sanitize(html: string): string {
	return sanitizeHtml(html, policy);
}

/** Markdown written by users or the seed, rendered to HTML that is safe to embed as it is. */
export function renderMarkdown(markdown: string): string {
	return sanitize(marked.parse(markdown) as string);
}
