/** Small pieces of the office-addin-mock workbook (officeAddinMockKit.ts explains the shims). */
import { OfficeMockObject } from 'office-addin-mock';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** office-addin-mock types its objects as OfficeMockObject only; the adapter's view is Excel's. */
export type Mock = any;

/** What the mock returns for a seeded property nobody loaded (or nobody wrote). */
export const NOT_LOADED = 'Error, property was not loaded';

export function notFound(): Error {
  return Object.assign(new Error('The requested resource does not exist.'), { code: 'ItemNotFound' });
}

/**
 * A seeded `load` for a collection: loads `items` the mock's own way (so it reads "not loaded" until
 * the sync) and forwards each `items/…` path to every item that is itself a mock object.
 */
export function collectionLoad(items: unknown[]) {
  return function load(this: Mock, properties?: string): Mock {
    OfficeMockObject.prototype.load.call(this, 'items');
    const paths = (properties ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    if (paths.length > 0) for (const item of items) if (item instanceof OfficeMockObject) item.load(paths.join(','));
    return this;
  };
}

/**
 * Seed data for a range the adapter writes (formats, merges, validation, clear): every property
 * write stays readable on the mock; the method calls go to `calls`.
 */
export function writableRange(calls: string[], sheet: () => string, address: string) {
  return {
    address,
    merge: (across: boolean) => calls.push(`merge ${sheet()}!${address} ${across}`),
    format: {
      font: {},
      fill: {},
      borders: {
        EdgeTop: {},
        EdgeBottom: {},
        EdgeLeft: {},
        EdgeRight: {},
        getItem(this: Mock, edge: string) {
          return this[edge];
        },
      },
    },
    dataValidation: {},
    clear: (what: string) => calls.push(`clear ${sheet()}!${address} ${what}`),
  };
}
