export * from './catalogue/sections.js';
export * from './generated/ast.js';
export * from './generated/module.js';
export * from './sla-model.js';
export * from './sla-module.js';
export * from './sla-validator.js';
export * from './units.js';
export * from './workspace/agreement-workspace.js';
