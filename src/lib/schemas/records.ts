/*
 * The schemas of stored records (catalogue, vocabulary, an edition's criteria). The seed and the
 * start-up code import them from here, not from the index: the form schemas carry the pages'
 * messages, which exist only after a build.
 */
export * from './catalogue';
export * from './vocabulary';
export * from './criterion';
