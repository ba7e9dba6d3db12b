/**
 * The VS Code snippets (packages/extension/snippets/sla.json), generated from the section catalogue by
 * scripts/generate-snippets.mjs so that adding a section stays one edit. Names a skeleton refers to become tab
 * stops of their own, filled in once for every place they appear; the language server's completion offers the
 * same skeletons with the document's real names.
 */
import { CLAUSE_LIBRARY, clauseSnippet } from '../catalogue/clause-library.js';
import { SECTIONS, type SkeletonNames } from '../catalogue/sections.js';

export interface Snippet {
    readonly prefix: string;
    readonly description: string;
    readonly body: readonly string[];
}

/**
 * Tab stops numbered after any a skeleton uses itself. No package: a snippet cannot know whether the agreement has
 * one, so purchases name the packages skeleton's `Standard` and credit tiers name no package.
 */
const NAME_STOPS: Required<Omit<SkeletonNames, 'package'>> = {
    provider: '${21:Provider}', customer: '${22:Customer}', service: '${23:Service}', metric: '${24:Availability}', level: '${25:AvailabilityTarget}'
};

export function editorSnippets(): Record<string, Snippet> {
    const snippets: Record<string, Snippet> = {
        'Agreement': {
            prefix: 'agreement',
            description: 'A new agreement: name, title, version, status, term and time zone. Complete it with the section snippets or the quick fix "Add all missing sections".',
            body: [
                'agreement ${1:Name} "${2:Title}" {',
                '    version ${3:1.0}',
                '    status ${4|draft,active,superseded|}',
                '    effective ${5:2026-01-01?} until ${6:2026-12-31?}',
                '    timezone "${7:UTC}"',
                '    $0',
                '}'
            ]
        }
    };
    for (const spec of SECTIONS) {
        snippets[`Section: ${spec.title}`] = {
            prefix: spec.keyword,
            description: `${spec.title} (${spec.presence} section). ${spec.why}`,
            body: spec.skeleton(NAME_STOPS).split('\n')
        };
    }
    for (const clause of CLAUSE_LIBRARY) {
        snippets[`Clause: ${clause.title}`] = {
            prefix: `clause ${clause.name}`,
            description: `${clause.title} (clause library, inside 'clauses'). ${clause.why} TODO marks what only the parties can fill in.`,
            body: clauseSnippet(clause).split('\n')
        };
    }
    return snippets;
}
