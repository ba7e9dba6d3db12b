import { EmptyFileSystem } from 'langium';
import { createSlaServices, SlaLanguageMetaData } from '../packages/language/out/index.js';
if (process.argv[2] === 'production') SlaLanguageMetaData.mode = 'production';
const c = process.cpuUsage();
const { Sla } = createSlaServices(EmptyFileSystem);
Sla.parser.LangiumParser.parse('agreement A {}');
const u = process.cpuUsage(c);
console.log(process.argv[2] ?? 'development', ((u.user + u.system) / 1000).toFixed(0), 'ms CPU to create services and parse');
