// The indicator library (指标库): common indicators per 一级/二级 as validated data, the project types
// they fit, what type a sheet is, suggestions for empty categories, and starting sets for new sheets.
export { ProjectTypeSchema, CHOOSABLE_TYPES, LibraryIndicatorSchema, LibrarySchema, type ProjectType, type LibraryIndicator } from '../schema';
export { LIBRARY, LIBRARY_GROUPS, indicatorsOf, searchLibrary, nameKey } from './library';
export { LIBRARY_SOURCES } from './sources';
export { inferProjectTypes, TYPE_KEYWORDS, type TypeEvidence } from './projectTypes';
export { suggestIndicators, suggester, suggestionText, fitOf, typeWeights } from './suggest';
export { starterSet, indicatorsById, REQUIRED_LEVEL2 } from './starter';
export { placeIndicator, type Placement } from './place';
