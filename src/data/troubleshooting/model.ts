/**
 * The troubleshooting registry's constants, free of zod so that components
 * can import them without shipping the schema to the browser.
 *
 * @module
 */

/** `software` of an entry that concerns every software's journey. */
export const ALL_SOFTWARE = 'all';
