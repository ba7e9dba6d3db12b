import {
    createLangiumParser, inject, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from './generated/module.js';
import { IncrementalParser } from './incremental/incremental-parser.js';
import { createItemCompletionParser } from './incremental/item-completion-parser.js';
import { SlaCodeActionProvider } from './lsp/sla-code-actions.js';
import { SlaCompletionProvider } from './lsp/sla-completion-provider.js';
import { SlaDocumentSymbolProvider, SlaNodeKindProvider } from './lsp/sla-document-symbols.js';
import { SlaFoldingRangeProvider } from './lsp/sla-folding.js';
import { SlaFormatter } from './lsp/sla-formatter.js';
import { SlaHoverProvider } from './lsp/sla-hover-provider.js';
import { SlaLanguageServer } from './lsp/sla-language-server.js';
import { SlaSemanticTokenProvider } from './lsp/sla-semantic-tokens.js';
import { SlaDocumentUpdateHandler } from './lsp/sla-document-update-handler.js';
import { SlaWorkspaceSymbolProvider } from './lsp/sla-workspace-symbols.js';
import { installLineRecovery } from './parser/line-recovery.js';
import { SlaLexerErrorMessageProvider, SlaTokenBuilder } from './parser/sla-token-builder.js';
import { SlaValueConverter } from './parser/sla-value-converter.js';
import { recordSyntaxProblems, SlaParserErrorMessageProvider } from './parser/syntax-messages.js';
import { SlaLinker } from './references/sla-linker.js';
import { SlaAstNodeDescriptionProvider } from './references/sla-node-descriptions.js';
import { SlaReferenceDescriptionProvider } from './references/sla-reference-descriptions.js';
import { SlaScopeComputation } from './references/sla-scope-computation.js';
import { SlaScopeProvider } from './references/sla-scope-provider.js';
import { registerValidationChecks, SlaValidator } from './sla-validator.js';
import { SlaDocumentValidator } from './validation/sla-document-validator.js';
import { SlaValidationRegistry } from './validation/sla-validation-registry.js';
import { SlaConfigurationProvider } from './workspace/sla-configuration.js';
import { SlaLangiumDocuments } from './workspace/sla-documents.js';
import { SlaDocumentBuilder } from './workspace/sla-document-builder.js';
import { SlaDocumentFactory } from './workspace/sla-document-factory.js';
import { SlaServiceRegistry } from './workspace/sla-service-registry.js';
import { createTolerantTextDocuments } from './workspace/tolerant-text-documents.js';
import { SlaWorkspaceManager } from './workspace/sla-workspace-manager.js';

/** Services the SLA language adds to Langium's. */
export type SlaAddedServices = {
    validation: {
        SlaValidator: SlaValidator
    },
    incremental: {
        IncrementalParser: IncrementalParser
    }
};

export type SlaServices = LangiumServices & SlaAddedServices;

export const SlaModule: Module<SlaServices, PartialLangiumServices & SlaAddedServices> = {
    parser: {
        ValueConverter: () => new SlaValueConverter(),
        TokenBuilder: () => new SlaTokenBuilder(),
        LexerErrorMessageProvider: () => new SlaLexerErrorMessageProvider(),
        ParserErrorMessageProvider: () => new SlaParserErrorMessageProvider(),
        LangiumParser: services => recordSyntaxProblems(installLineRecovery(createLangiumParser(services)),
            services.parser.ParserErrorMessageProvider as SlaParserErrorMessageProvider),
        CompletionParser: services => createItemCompletionParser(services)
    },
    references: {
        ScopeComputation: services => new SlaScopeComputation(services),
        ScopeProvider: services => new SlaScopeProvider(services),
        Linker: services => new SlaLinker(services)
    },
    // Descriptions that stay right when a splice moves what follows the edited item (references/).
    workspace: {
        AstNodeDescriptionProvider: services => new SlaAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new SlaReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new SlaDocumentValidator(services),
        ValidationRegistry: services => new SlaValidationRegistry(services),
        SlaValidator: services => new SlaValidator(services)
    },
    incremental: {
        IncrementalParser: services => new IncrementalParser(services)
    },
    lsp: {
        CodeActionProvider: services => new SlaCodeActionProvider(services),
        CompletionProvider: services => new SlaCompletionProvider(services),
        Formatter: services => new SlaFormatter(services),
        HoverProvider: services => new SlaHoverProvider(services),
        SemanticTokenProvider: services => new SlaSemanticTokenProvider(services),
        DocumentSymbolProvider: services => new SlaDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new SlaFoldingRangeProvider(services)
    }
};

export const SlaSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: services => new SlaServiceRegistry(services),
    workspace: {
        ConfigurationProvider: services => new SlaConfigurationProvider(services),
        LangiumDocuments: services => new SlaLangiumDocuments(services),
        DocumentBuilder: services => new SlaDocumentBuilder(services),
        LangiumDocumentFactory: services => new SlaDocumentFactory(services),
        TextDocuments: () => createTolerantTextDocuments(),
        WorkspaceManager: services => new SlaWorkspaceManager(services)
    },
    lsp: {
        DocumentUpdateHandler: services => new SlaDocumentUpdateHandler(services),
        LanguageServer: services => new SlaLanguageServer(services),
        NodeKindProvider: () => new SlaNodeKindProvider(),
        WorkspaceSymbolProvider: services => new SlaWorkspaceSymbolProvider(services)
    }
};

/**
 * Creates the shared services and the SLA language services. `context.connection` is given by the language
 * server and omitted by the CLI and tests.
 */
export function createSlaServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices, Sla: SlaServices } {
    const shared = inject(createDefaultSharedModule(context), SlaGeneratedSharedModule, SlaSharedModule);
    const Sla = inject(createDefaultModule({ shared }), SlaGeneratedModule, SlaModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    if (!context.connection) {
        // Without a client, nothing triggers the workspace's configuration; mark it ready so builds proceed.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sla };
}

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
