/**
 * What a completion item's documentation explains, as a small value that travels in the item's `data`: a keyword
 * of the grammar (by its path in the grammar), a section's keyword, a unit, a library clause, a declaration (by
 * document and path)... The list of items is built from these keys alone; the Markdown is written only for the
 * item the user looks at, on `completionItem/resolve`, when the client resolves documentation (VS Code does), or
 * for each item shown when it does not (the web editor). Either way the text is the same. A name's detail, its
 * key facts in a line, is written on resolve too when the client resolves `detail` as well.
 */
import { GrammarAST, isAstNode, URI, type AstNode, type AstNodeLocator, type DocumentationProvider, type LangiumDocuments } from 'langium';
import type { MarkupContent } from 'vscode-languageserver';
import { libraryClause } from '../catalogue/clause-library.js';
import { sectionForKeyword } from '../catalogue/sections.js';
import { DEFAULT_LOCALE, LOCALES } from '../locale/locales.js';
import { declarationMarkdown, declarationSummary } from './declaration-facts.js';
import { keywordDocumentation, markdown, populationDocumentation, unitDocumentation } from './keyword-docs.js';

export type DocumentationKey =
    /** A keyword, by its path in the grammar: its meaning where the grammar uses it. */
    | { readonly keyword: string }
    /** A section's keyword, by its path in the grammar: the keyword's meaning, else why the section exists. */
    | { readonly section: string }
    | { readonly clause: string }
    | { readonly unit: string }
    | { readonly population: string }
    | { readonly locale: string }
    | { readonly value: 'target' | 'date' | 'time' }
    /** A name the agreement (or one it refines) declares, by its document and its path there. */
    | { readonly declaration: { readonly uri: string, readonly path: string, readonly name: string } };

/** Whole values offered as snippets, and what they are. */
const VALUE_DOCS = {
    target: 'A whole target: the metric, a comparator and a threshold in the metric\'s unit; edit the numbers.',
    time: 'Times are written hours:minutes on a 24-hour clock.\n\nExample: `hours 08:00 to 18:00`',
    date: 'Dates are written year-month-day.\n\nExample: `effective 2026-03-01 until 2027-02-28`'
} as const;

/** What a completion item carries in `data` for its documentation to be written on resolve. */
export interface DocumentationData {
    readonly documentation: DocumentationKey;
}

/** Whether an item's `data` (which a client sends back as it got it, or not) holds a documentation key. */
export function isDocumentationData(data: unknown): data is DocumentationData {
    const key = isRecord(data) ? data.documentation : undefined;
    if (!isRecord(key)) return false;
    const entries = Object.entries(key);
    if (entries.length !== 1) return false;
    const [kind, value] = entries[0];
    if (kind === 'declaration') return isRecord(value) && ['uri', 'path', 'name'].every(field => typeof value[field] === 'string');
    if (kind === 'value') return typeof value === 'string' && Object.hasOwn(VALUE_DOCS, value);
    return ['keyword', 'section', 'clause', 'unit', 'population', 'locale'].includes(kind) && typeof value === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

export interface DocumentationServices {
    readonly grammar: GrammarAST.Grammar;
    readonly locator: AstNodeLocator;
    readonly documents: LangiumDocuments;
    readonly comments: DocumentationProvider;
}

/** The documentation a key stands for, or undefined where there is none (an unknown name, a declaration since removed). */
export function documentationOf(key: DocumentationKey, services: DocumentationServices): MarkupContent | undefined {
    const text = documentationText(key, services);
    return text === undefined ? undefined : { kind: 'markdown', value: text };
}

function documentationText(key: DocumentationKey, services: DocumentationServices): string | undefined {
    if ('keyword' in key) {
        const keyword = grammarKeyword(key.keyword, services);
        return keyword && keywordDocumentation(keyword);
    }
    if ('section' in key) {
        const keyword = grammarKeyword(key.section, services);
        return keyword && (keywordDocumentation(keyword) ?? sectionForKeyword(keyword.value)?.why);
    }
    if ('clause' in key) {
        const clause = libraryClause(key.clause);
        return clause && `${clause.why}\n\n\`TODO:\` marks what only the parties can fill in.`;
    }
    if ('unit' in key) {
        const meaning = unitDocumentation(key.unit);
        return meaning && markdown(meaning);
    }
    if ('population' in key) return markdown(populationDocumentation(key.population));
    if ('locale' in key) {
        const locale = LOCALES.find(candidate => candidate.tag === key.locale);
        return locale && `Rendered in ${locale.name}: its dates, numbers and spelling, on ${locale.paper} paper.${locale === DEFAULT_LOCALE ? ' The default for an agreement without `locale`.' : ''}`;
    }
    if ('value' in key) return VALUE_DOCS[key.value];
    const node = declaredNode(key.declaration, services);
    return node && (declarationMarkdown(node) ?? services.comments.getDocumentation(node));
}

/**
 * The detail a name's item waits for when the client resolves it (VS Code shows it for the item it focuses): the
 * declaration's key facts in a line, else what it is, as the list would have carried it.
 */
export function detailOf(key: DocumentationKey, services: DocumentationServices): string | undefined {
    if (!('declaration' in key)) return undefined;
    const node = declaredNode(key.declaration, services);
    return node && (declarationSummary(node) ?? node.$type);
}

function grammarKeyword(path: string, services: DocumentationServices): GrammarAST.Keyword | undefined {
    const node = services.locator.getAstNode(services.grammar, path);
    return GrammarAST.isKeyword(node) ? node : undefined;
}

/** The declaration at the path, if it still has the name it had when offered. */
function declaredNode(declaration: { uri: string, path: string, name: string }, services: DocumentationServices): AstNode | undefined {
    const root = services.documents.getDocument(URI.parse(declaration.uri))?.parseResult.value;
    const node = root && services.locator.getAstNode<AstNode & { name?: unknown }>(root, declaration.path);
    return isAstNode(node) && node.name === declaration.name ? node : undefined;
}
