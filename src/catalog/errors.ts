import type { ErrorCodeSpec } from '../platform/index.js';

/** The catalog module's error codes and how they leave the server. */
export const catalogErrorCodes: Readonly<Record<string, ErrorCodeSpec>> = {
  'catalog.invalid-record': { status: 422, title: 'The record is not consistent or refers to something unknown' },
  'catalog.code-taken': { status: 409, title: 'The institution already has an item with this code' },
  'catalog.item-retired': { status: 409, title: 'A retired item cannot be changed' },
  'catalog.published-items-are-retired': { status: 409, title: 'A published item is retired, not deleted' },
  'catalog.nothing-to-publish': { status: 409, title: 'The item is published and has no unpublished changes' },
  'catalog.not-published': { status: 409, title: 'Only a published item can be retired' },
  'catalog.session-in-use': { status: 409, title: 'The academic session is still used by offerings or other sessions' },
  'catalog.oeapi-bad-parameter': { status: 400, title: 'A parameter of the request is not valid' },
  'catalog.source-failed': { status: 502, title: 'The harvest source could not be read' },
};
