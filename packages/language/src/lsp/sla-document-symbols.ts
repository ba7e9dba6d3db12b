/**
 * The outline: the agreement, its sections by their clause titles, and in them what a reader looks for: named
 * declarations (parties, services, metrics, levels, ...), each party's duties, the exclusions, the purchases,
 * credit tiers by level and package, escalation and amendments. The kind of each symbol (and of each completion item
 * for a name) comes from `SlaNodeKindProvider`.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider, DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { sectionForType } from '../catalogue/sections.js';
import {
    isAgreement, isAmendment, isCredits, isEscalation, isExclusion, isLegalClause, isPurchase, isResponsibility, isTerm
} from '../generated/ast.js';
import { asDeclaration } from '../sla-model.js';

const SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
    Agreement: SymbolKind.Namespace,
    Party: SymbolKind.Class,
    Service: SymbolKind.Interface,
    Package: SymbolKind.Package,
    Metric: SymbolKind.Property,
    Level: SymbolKind.Variable,
    Calendar: SymbolKind.Enum,
    Segment: SymbolKind.EnumMember,
    Report: SymbolKind.Event,
    Responsibility: SymbolKind.Method,
    Exclusion: SymbolKind.Constant,
    Credits: SymbolKind.Array,
    Purchase: SymbolKind.Object,
    Escalation: SymbolKind.Array,
    Amendment: SymbolKind.Key,
    Term: SymbolKind.String
};

const COMPLETION_KINDS: Readonly<Record<string, CompletionItemKind>> = {
    Agreement: CompletionItemKind.Module,
    Party: CompletionItemKind.Class,
    Service: CompletionItemKind.Interface,
    Package: CompletionItemKind.Module,
    Metric: CompletionItemKind.Property,
    Level: CompletionItemKind.Variable,
    Calendar: CompletionItemKind.Enum,
    Segment: CompletionItemKind.EnumMember,
    Report: CompletionItemKind.Event
};

export class SlaNodeKindProvider extends DefaultNodeKindProvider {

    override getSymbolKind(node: AstNode | { type: string }): SymbolKind {
        const type = 'type' in node ? node.type : node.$type;
        return SYMBOL_KINDS[type] ?? (sectionForType(type) ? SymbolKind.Module : super.getSymbolKind(node as AstNode));
    }

    override getCompletionItemKind(node: AstNode | { type: string }): CompletionItemKind {
        const type = 'type' in node ? node.type : node.$type;
        return COMPLETION_KINDS[type] ?? super.getCompletionItemKind(node as AstNode);
    }
}

export class SlaDocumentSymbolProvider extends DefaultDocumentSymbolProvider {

    protected override getSymbol(document: LangiumDocument, node: AstNode): DocumentSymbol[] {
        const cst = node.$cstNode;
        const name = this.symbolName(node);
        if (!cst || name === undefined) return this.getChildSymbols(document, node) ?? [];
        const nameNode = this.nameProvider.getNameNode(node) ?? cst;
        return [{
            name,
            detail: this.symbolDetail(node),
            kind: this.nodeKindProvider.getSymbolKind(node),
            range: cst.range,
            selectionRange: nameNode.range,
            children: this.getChildSymbols(document, node)
        }];
    }

    private symbolName(node: AstNode): string | undefined {
        const section = sectionForType(node.$type);
        if (section) return section.title;
        if (isAgreement(node) || asDeclaration(node)) return this.nameProvider.getName(node) || undefined;
        if (isResponsibility(node)) return `${node.party?.$refText ?? '?'} must ${node.duty ?? ''}`;
        if (isExclusion(node)) return `${node.kind}: ${node.text ?? ''}`;
        if (isCredits(node)) return `credits for ${node.level?.$refText ?? '?'}${node.basis ? ` of ${node.basis.$refText}` : ''}`;
        if (isPurchase(node)) return `${node.customer?.$refText ?? '?'} takes ${node.package?.$refText ?? '?'}`;
        if (isEscalation(node)) return 'escalation';
        if (isAmendment(node)) return `amendment ${node.version ?? ''}`;
        if (isTerm(node)) return node.term;
        if (isLegalClause(node)) return node.name;
        return undefined;
    }

    private symbolDetail(node: AstNode): string | undefined {
        const section = sectionForType(node.$type);
        if (section) return section.keyword;
        return 'title' in node && typeof node.title === 'string' ? node.title : undefined;
    }
}
