/**
 * Public pages are server-rendered documents that ship no JavaScript: links, the catalogue's GET
 * search and filters, and the sign-in, registration and reset forms (plain POSTs answered with the
 * page again) all work without it, and a phone shows the page at once instead of first running and
 * hydrating the app. Pages behind a sign-in keep the client-side app.
 */
export const csr = false;
