/** Compliance evaluation: an agreement and measured data in, breaches and service credits out. */
export { readCsv } from './data/csv-reader.js';
export { readDataText } from './data/data-text.js';
export { DataError, type DataRow, type DataRows, type Position } from './data/data-row.js';
export { readJson } from './data/json-reader.js';
export type { LayoutName } from './data/layouts.js';
export { evaluateAgreement, problemText, type EvaluationInput, type EvaluationOptions, type EvaluationOutcome, type InputProblem } from './evaluate.js';
export * from './report.js';
