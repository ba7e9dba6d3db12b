/**
 * Error recovery that follows how an agreement is written: one field or item per line, blocks in braces.
 *
 * Chevrotain's own recovery resynchronises on the first token that may follow the failing rule anywhere up the
 * rule stack. In a block language that is often the wrong brace: `hours 24/7` inside a calendar made the parser
 * take the calendar's `}` for the end of the `calendars` section, and every later section vanished (reported as
 * missing). Here a broken item is skipped up to the next line at the same brace depth, or to the `}` that
 * closes its block, and parsing carries on with the next field of the same block. A mistake costs the rest of
 * its line, never the rest of the file.
 *
 * The three places a syntax error is recovered, each made brace- and line-aware:
 * - a failing rule (`invokeRuleCatch`): resume after the failing part at the next line that may follow the rule;
 * - a failing iteration of a `*` loop (`manyInternalLogic`): skip to the next line of the same block;
 * - words between iterations that start nothing (in-repetition recovery): skip them to the next line that starts
 *   an iteration, or to the block's `}`. This runs in a loop, not recursively, so a block with thousands of
 *   broken lines does not exhaust the stack.
 * Single-token insertion and deletion (a forgotten `}`, `{` or `credit`) stay as Chevrotain does them, except where
 * they would read one line as two items: a name, text or number is not invented in the middle of a line
 * (`Acme must keep the portal staffed` is one duty with a text missing its quotes, not a duty and a new one
 * starting at `keep`), nor a `{`, and the first word of a line is not dropped to make the rest fit (`obliged Acme` in an
 * empty level is a field, not a target for the metric `Acme`).
 */
import {
    Alternation, Alternative, isRecognitionException, MismatchedTokenException, NonTerminal, Option, Repetition, RepetitionMandatory,
    RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal, type IProduction, type IRecognitionException,
    type IToken, type TokenType
} from 'chevrotain';
import type { LangiumParser } from 'langium';

/** The parts of Chevrotain's parser this recovery reads and replaces (they are not in its typings). */
interface RecoveringParser {
    recoveryEnabled: boolean;
    currIdx: number;
    RULE_STACK_IDX: number;
    currRuleShortName: number;
    currRuleLookaheadFuncs: Array<(this: RecoveringParser) => boolean>;
    errorMessageProvider: {
        buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][], actual: IToken[], previous: IToken, ruleName: string }): string
    };
    LA(howMuch: number): IToken;
    SKIP_TOKEN(): IToken;
    isBackTracking(): boolean;
    isInCurrentRuleReSyncSet(tokenType: TokenType): boolean;
    canPerformInRuleRecovery(expected: TokenType, follows: TokenType[]): boolean;
    canRecoverWithSingleTokenInsertion(expected: TokenType, follows: TokenType[]): boolean;
    canRecoverWithSingleTokenDeletion(expected: TokenType): boolean;
    getFollowsForInRuleRecovery(expected: TokenType, occurrence: number): TokenType[];
    getCurrRuleFullName(): string;
    getGAstProductions(): Record<string, Rule>;
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    _errors: IRecognitionException[];
    ruleInvocationStateUpdate(shortName: number, fullName: string, idxInCallingRule: number): void;
    invokeRuleCatch(error: unknown, resyncEnabled: boolean, recoveryValue: (e: unknown) => unknown): unknown;
    manyInternalLogic(occurrence: number, action: LoopAction, key: number): void;
    attemptInRepetitionRecovery(...args: unknown[]): void;
}

type LoopAction = ((this: RecoveringParser) => void) | { DEF: (this: RecoveringParser) => void, GATE?: (this: RecoveringParser) => boolean };

/** Installs the recovery on a finalized Langium parser. */
export function installLineRecovery(parser: LangiumParser): LangiumParser {
    const chevrotain = (parser as unknown as { wrapper: RecoveringParser }).wrapper;
    const recovery = new LineRecovery(chevrotain);
    const invokeRule = chevrotain.ruleInvocationStateUpdate;
    const ruleCatch = chevrotain.invokeRuleCatch;
    chevrotain.ruleInvocationStateUpdate = function (this: RecoveringParser, ...args) {
        invokeRule.apply(this, args);
        recovery.ruleStarts[this.RULE_STACK_IDX] = this.currIdx + 1;
    };
    chevrotain.invokeRuleCatch = function (this: RecoveringParser, error, resyncEnabled, recoveryValue) {
        if (recovery.resumeAfterRule(error)) return recoveryValue(error);
        return ruleCatch.call(this, error, resyncEnabled && this.RULE_STACK_IDX === 0, recoveryValue);
    };
    chevrotain.manyInternalLogic = function (this: RecoveringParser, occurrence, action, key) {
        recovery.many(occurrence, action, key);
    };
    // Replaced by the junk skipping in `many`.
    chevrotain.attemptInRepetitionRecovery = () => undefined;
    const insertion = chevrotain.canRecoverWithSingleTokenInsertion;
    chevrotain.canRecoverWithSingleTokenInsertion = function (this: RecoveringParser, expected, follows) {
        return !(VALUES.has(expected.name) && !startsLine(this, this.currIdx + 1)) && insertion.call(this, expected, follows);
    };
    const deletion = chevrotain.canRecoverWithSingleTokenDeletion;
    chevrotain.canRecoverWithSingleTokenDeletion = function (this: RecoveringParser, expected) {
        return !startsLine(this, this.currIdx + 1) && deletion.call(this, expected);
    };
    return parser;
}

/**
 * Tokens recovery must not insert in the middle of a line: values the author writes (a name, a text, a number)
 * and the `{` of a block, which ends a line (`level P1 Response {` is a name with a space, not a block opened
 * before `Response`).
 */
const VALUES = new Set(['ID', 'STRING', 'NUMBER', 'DATE', 'TIME', '{']);

class LineRecovery {

    /** The index of the first token of each rule on the stack. */
    readonly ruleStarts: number[] = [];
    /** Per rule and loop: the token that must come after the loop (when it is a fixed token such as `}`) and the tokens that may. */
    private readonly loops = new Map<string, { after?: Terminal, expected: TokenType[] }>();

    constructor(private readonly parser: RecoveringParser) {}

    private get recovering(): boolean {
        return this.parser.recoveryEnabled && !this.parser.isBackTracking();
    }

    /**
     * A rule failed. When the error is inside a block the rule opened, the block is skipped to its `}`; otherwise the
     * rule resumes at the next line at the same depth, if that line may follow the rule. Else the error goes up.
     */
    resumeAfterRule(error: unknown): boolean {
        const p = this.parser;
        if (!isRecognitionException(error as Error) || !this.recovering || p.RULE_STACK_IDX === 0) return false;
        const open = this.depthSince(this.ruleStarts[p.RULE_STACK_IDX]);
        if (open > 0) {
            const end = this.closingBrace(open);
            if (end === undefined) return false;
            this.skipTo(end + 1);
            return true;
        }
        const resume = this.nextLineAtDepth();
        if (resume === undefined || !p.isInCurrentRuleReSyncSet(p.LA(resume - p.currIdx).tokenType)) return false;
        this.skipTo(resume);
        return true;
    }

    /** Chevrotain's `*` loop, with each iteration recovered on its own and junk between iterations skipped. */
    many(occurrence: number, action: LoopAction, key: number): void {
        const p = this.parser;
        const lookahead = p.currRuleLookaheadFuncs[key];
        const body = typeof action === 'function' ? action : action.DEF;
        const gate = typeof action === 'function' ? undefined : action.GATE;
        const more = () => (gate === undefined || gate.call(p)) && lookahead.call(p);
        for (;;) {
            let progressed = true;
            while (progressed && more()) {
                const before = p.currIdx;
                this.iterate(body, before);
                progressed = p.currIdx > before;
            }
            if (!progressed || !this.skipJunk(occurrence, more)) return;
        }
    }

    private iterate(body: (this: RecoveringParser) => void, before: number): void {
        const p = this.parser;
        try {
            body.call(p);
        } catch (error) {
            if (!isRecognitionException(error as Error) || !this.recovering) throw error;
            const open = this.depthSince(before + 1);
            const resume = open > 0 ? this.afterClosingBrace(open) : this.nextLineAtDepth();
            if (resume === undefined) throw error;
            this.skipTo(Math.max(resume, before + 2));
        }
    }

    /**
     * After a loop stopped at a token that neither continues it nor may follow it: skip to the next line that starts
     * an iteration (true: the loop goes on), or to the `}` after the loop (false). One error names the first skipped
     * token. Nothing is skipped when no such place comes before the end of the block.
     */
    private skipJunk(occurrence: number, more: () => boolean): boolean {
        const p = this.parser;
        const { after, expected: allowed } = this.loop(occurrence);
        const expected = after?.terminalType;
        const first = p.LA(1);
        if (!expected || !this.recovering || matches(first, expected) || isEof(first)) return false;
        // A forgotten `}` before the next item, or one stray word before it: the consume after the loop inserts or
        // deletes that one token, which keeps everything else.
        if (p.canPerformInRuleRecovery(expected, p.getFollowsForInRuleRecovery(expected, after.idx))) return false;
        const start = p.currIdx;
        const previous = p.LA(0);
        let depth = 0;
        for (let i = start + 1; ; i++) {
            const token = p.LA(i - start);
            if (isEof(token)) return false;
            if (depth === 0 && i > start + 1 && startsLine(p, i)) {
                p.currIdx = i - 1;
                const resume = more();
                p.currIdx = start;
                if (resume) return this.junkError(allowed, first, previous, i, true);
            }
            if (depth === 0 && matches(token, expected) && !(isClose(token) && this.isStrayClose(i))) {
                return this.junkError(allowed, first, previous, i, false);
            }
            // `{{`: the second brace opens nothing.
            if (isOpen(token) && !isOpen(p.LA(i - start - 1))) depth++;
            else if (isClose(token)) {
                if (depth > 0) depth--;
                else if (!this.isStrayClose(i)) return false;
            }
        }
    }

    /**
     * A `}` on a line of its own, indented deeper than the line the current block starts on, closes something
     * whose `{` is missing (`customer Globex "Globex AG"` followed by its details and `}`), not this block.
     */
    private isStrayClose(index: number): boolean {
        const p = this.parser;
        const token = p.LA(index - p.currIdx);
        if (!isClose(token) || !startsLine(p, index)) return false;
        const start = p.LA(this.ruleStarts[p.RULE_STACK_IDX] - p.currIdx);
        return (token.startColumn ?? 0) > this.lineIndent(start);
    }

    /** The column of the first token on the line of `token`. */
    private lineIndent(token: IToken): number {
        const p = this.parser;
        let k = this.ruleStarts[p.RULE_STACK_IDX] - p.currIdx;
        while (k > -p.currIdx && (p.LA(k - 1).startLine ?? -1) === token.startLine) k--;
        return p.LA(k).startColumn ?? 0;
    }

    /** Reports the skipped words as one error, naming what the block allows there. */
    private junkError(expected: TokenType[], actual: IToken, previous: IToken, resumeAt: number, resume: boolean): boolean {
        const p = this.parser;
        const message = p.errorMessageProvider.buildNoViableAltMessage({
            expectedPathsPerAlt: [expected.map(type => [type])], actual: [actual], previous, ruleName: p.getCurrRuleFullName()
        });
        p.SAVE_ERROR(new MismatchedTokenException(message, actual, previous));
        this.skipTo(resumeAt);
        return resume;
    }

    /**
     * Skips the tokens before index `next`. They are kept with the last error (`resyncedTokens`, as Chevrotain does),
     * so that names declared in a line that could not be read are known (see SlaDocumentValidator).
     */
    private skipTo(next: number): void {
        const p = this.parser;
        const error = p._errors.at(-1);
        while (p.currIdx < next - 1) {
            p.SKIP_TOKEN();
            if (error) (error.resyncedTokens ??= []).push(p.LA(0));
        }
    }

    /** The brace balance of the tokens from `from` to the last consumed one. */
    private depthSince(from: number): number {
        const p = this.parser;
        let depth = 0;
        for (let i = from; i <= p.currIdx; i++) {
            const token = p.LA(i - p.currIdx);
            if (isOpen(token)) depth++;
            else if (isClose(token)) depth--;
        }
        return Math.max(depth, 0);
    }

    /** The index of the `}` that closes `open` blocks, or undefined at the end of the text. */
    private closingBrace(open: number): number | undefined {
        const p = this.parser;
        let depth = open;
        for (let k = 1; ; k++) {
            const token = p.LA(k);
            if (isEof(token)) return undefined;
            if (isOpen(token)) depth++;
            else if (isClose(token) && --depth === 0) return p.currIdx + k;
        }
    }

    private afterClosingBrace(open: number): number | undefined {
        const close = this.closingBrace(open);
        return close === undefined ? undefined : close + 1;
    }

    /** The index of the first token at the current depth that starts a line or closes the block. */
    private nextLineAtDepth(): number | undefined {
        const p = this.parser;
        let depth = 0;
        for (let k = 1; ; k++) {
            const token = p.LA(k);
            const index = p.currIdx + k;
            if (isEof(token)) return undefined;
            if (depth === 0 && (isClose(token) || startsLine(p, index))) return index;
            if (isOpen(token)) depth++;
            else if (isClose(token)) depth--;
        }
    }

    /** What comes after a loop of the current rule, and what may come at its place (an iteration or the token after it). */
    private loop(occurrence: number): { after?: Terminal, expected: TokenType[] } {
        const p = this.parser;
        const ruleName = p.getCurrRuleFullName();
        const key = `${ruleName}#${occurrence}`;
        let loop = this.loops.get(key);
        if (!loop) {
            const path = pathTo(p.getGAstProductions()[ruleName], occurrence);
            const repetition = path?.at(-1) as Repetition | undefined;
            const after = path && terminalAfter(path);
            loop = { after, expected: [...new Set([...firstOf(repetition?.definition ?? []), ...after ? [after.terminalType] : []])] };
            this.loops.set(key, loop);
        }
        return loop;
    }
}

/**
 * The token that directly follows the loop at the end of `path` (from the rule down to the loop), when the loop is
 * followed by a fixed token; undefined when something optional or another loop comes next.
 */
function terminalAfter(path: IProduction[]): Terminal | undefined {
    for (let level = path.length - 1; level > 0; level--) {
        const parent = path[level - 1], child = path[level];
        if (isRepetition(parent)) return undefined;
        if (parent instanceof Alternation) continue;
        const siblings = (parent as unknown as { definition: IProduction[] }).definition;
        const next = siblings[siblings.indexOf(child) + 1];
        if (next) return next instanceof Terminal ? next : undefined;
    }
    return undefined;
}

const CONTAINERS = [Rule, Alternative, Option, Alternation, Repetition, RepetitionMandatory, RepetitionWithSeparator, RepetitionMandatoryWithSeparator];

/** The tokens a sequence of productions can start with. */
function firstOf(productions: IProduction[]): TokenType[] {
    const first: TokenType[] = [];
    for (const production of productions) {
        first.push(...firstOfOne(production));
        if (!(production instanceof Option || production instanceof Repetition || production instanceof RepetitionWithSeparator)) break;
    }
    return first;
}

function firstOfOne(production: IProduction): TokenType[] {
    if (production instanceof Terminal) return [production.terminalType];
    if (production instanceof NonTerminal) return firstOf(production.referencedRule.definition);
    if (production instanceof Alternation) return production.definition.flatMap(alternative => firstOf((alternative as Alternative).definition));
    return firstOf((production as unknown as { definition?: IProduction[] }).definition ?? []);
}

function pathTo(production: IProduction | undefined, occurrence: number): IProduction[] | undefined {
    if (!production) return undefined;
    if (production instanceof Repetition && production.idx === occurrence) return [production];
    // Not into rule calls (NonTerminal): their definition is the called rule's.
    const children = CONTAINERS.some(kind => production instanceof kind) ? (production as unknown as { definition: IProduction[] }).definition : [];
    for (const child of children) {
        const path = pathTo(child, occurrence);
        if (path) return [production, ...path];
    }
    return undefined;
}

const isRepetition = (production: IProduction) => [Repetition, RepetitionMandatory, RepetitionWithSeparator, RepetitionMandatoryWithSeparator]
    .some(kind => production instanceof kind);

function startsLine(p: RecoveringParser, index: number): boolean {
    const token = p.LA(index - p.currIdx);
    const before = p.LA(index - p.currIdx - 1);
    return index === 0 || isEof(before) || (before.endLine ?? 0) < (token.startLine ?? 0);
}

function matches(token: IToken, type: TokenType): boolean {
    return token.tokenType === type || token.tokenType.CATEGORIES?.includes(type) === true;
}

const isOpen = (token: IToken) => token.image === '{' && token.tokenType.name === '{';
const isClose = (token: IToken) => token.image === '}' && token.tokenType.name === '}';
const isEof = (token: IToken) => token.tokenType.name === 'EOF';
