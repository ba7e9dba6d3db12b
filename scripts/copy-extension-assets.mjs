// The .vsix can only hold files inside the extension's folder: copy the generated TextMate grammar and the
// licence there before packaging.
import { copyFileSync, mkdirSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const extension = new URL('packages/extension/', root);
mkdirSync(new URL('syntaxes/', extension), { recursive: true });
copyFileSync(new URL('syntaxes/sla.tmLanguage.json', root), new URL('syntaxes/sla.tmLanguage.json', extension));
copyFileSync(new URL('LICENSE', root), new URL('LICENSE', extension));
