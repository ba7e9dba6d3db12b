import { EmptyFileSystem, URI, ValidationRegistry } from 'langium';
import { createSlaServices } from '../packages/language/out/index.js';
import { generateAgreement } from './generate.mjs';
const totals = new Map();
const orig = ValidationRegistry.prototype.register;
ValidationRegistry.prototype.register = function (record, thisObj, category) {
  const wrapped = {};
  for (const [type, checks] of Object.entries(record)) {
    wrapped[type] = (Array.isArray(checks) ? checks : [checks]).map(check => {
      const name = `${category} ${type}.${check.name}`;
      return function (node, accept, token) { const t = performance.now(); const r = check.call(this, node, accept, token); totals.set(name, (totals.get(name) ?? 0) + performance.now() - t); return r; };
    });
  }
  return orig.call(this, wrapped, thisObj, category);
};
const { shared, Sla } = createSlaServices(EmptyFileSystem);
for (const lines of [5000, 5000, 20000]) {
  const doc = shared.workspace.LangiumDocuments.createDocument(URI.file(`/x${lines}.sla`), generateAgreement(lines));
  await shared.workspace.DocumentBuilder.build([doc], { validation: false });
  totals.clear();
  for (let i = 0; i < 5; i++) await Sla.validation.DocumentValidator.validateDocument(doc, { categories: ['built-in', 'fast', 'slow'] });
  console.log(`--- ${lines} lines, ms per validation`);
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log((v / 5).toFixed(2).padStart(8), k);
}
