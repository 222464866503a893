// Every model object's zod schema; the TypeScript types are inferred from them.
export * from './snapshot';
export * from './value';
export * from './model';
export * from './finding';
export * from './plan';
export * from './report';
export * from './sheetSpec';
export * from './template';
export * from './review';
export * from './library';
