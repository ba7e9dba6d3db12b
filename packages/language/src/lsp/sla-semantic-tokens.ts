/**
 * Colouring beyond the TextMate grammar's keywords and strings: quantities (the number and its unit), dates and
 * times, comparators, and names, each kind of declaration in its own colour, the same for the declaration and
 * every reference to it.
 */
import { AstUtils, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAgreement, isAmendment, isBound, isCalendar, isEffectiveField, isMetric, isMetricUnit, isQuantity, isRate,
    isReviewSection, isSegment, isTarget, reflection
} from '../generated/ast.js';
import { asDeclaration } from '../sla-model.js';

/** The token type of each kind of name. */
const NAME_TYPES: Readonly<Record<string, string>> = {
    Agreement: SemanticTokenTypes.namespace,
    Party: SemanticTokenTypes.class,
    Service: SemanticTokenTypes.interface,
    Package: SemanticTokenTypes.struct,
    Metric: SemanticTokenTypes.property,
    Level: SemanticTokenTypes.variable,
    Calendar: SemanticTokenTypes.enum,
    Segment: SemanticTokenTypes.enumMember,
    Report: SemanticTokenTypes.event
};

export class SlaSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isQuantity(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'unit', type: SemanticTokenTypes.type });
        } else if (isMetricUnit(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.type });
        } else if (isRate(node)) {
            acceptor({ node, property: 'per', type: SemanticTokenTypes.type });
        } else if (isTarget(node) || isBound(node)) {
            acceptor({ node, property: 'comparator', type: SemanticTokenTypes.operator });
        } else if (isEffectiveField(node)) {
            acceptor({ node, property: 'start', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'end', type: SemanticTokenTypes.number });
        } else if (isReviewSection(node)) {
            acceptor({ node, property: 'next', type: SemanticTokenTypes.number });
        } else if (isAmendment(node)) {
            acceptor({ node, property: 'date', type: SemanticTokenTypes.number });
        } else if (isMetric(node)) {
            acceptor({ node, property: 'scope', type: SemanticTokenTypes.enumMember });
        }
        if (isCalendar(node)) {
            acceptor({ node, property: 'from', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'to', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'holidays', type: SemanticTokenTypes.number });
        }
        if (isSegment(node)) {
            acceptor({ node, property: 'dimension', type: SemanticTokenTypes.enumMember });
        }
        if (asDeclaration(node) || isAgreement(node)) {
            acceptor({ node, property: 'name', type: NAME_TYPES[node.$type], modifier: SemanticTokenModifiers.declaration });
        }
        for (const info of AstUtils.streamReferences(node)) {
            const type = NAME_TYPES[reflection.getReferenceType(info)];
            if (type && info.reference.$refNode) acceptor({ cst: info.reference.$refNode, type });
        }
    }
}
