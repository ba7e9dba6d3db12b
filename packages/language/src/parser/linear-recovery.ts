/**
 * Chevrotain's recovery inside a repetition (`terms+=Term*`, the items of a block) costs a stack frame and a scan
 * to the end of the block per broken item: it re-enters the repetition by a recursive call, and looks for the token
 * to re-synchronise on (the block's `}`) from the broken item onwards every time. A block of a thousand or so broken
 * items (2,000 lines of `term "T" means "M",` with a stray comma) overflowed the stack, and 20,000 took 90 s. Here
 * the recursion becomes a loop and the scan is remembered, so recovery takes a flat stack and linear time with the
 * same result. Registered in sla-module.ts; the parser's messages are not touched.
 */
import type { LangiumParser } from 'langium';

type GrammarRule = (...args: unknown[]) => void;
type TokenType = object;
interface Token { readonly tokenType: TokenType; }

/** The parts of Chevrotain's recognizer this needs; all are public in its JavaScript. */
interface Recognizer {
    tryInRepetitionRecovery(grammarRule: GrammarRule, args: unknown[], lookahead: () => boolean, expected: TokenType): void;
    findReSyncTokenType(): TokenType;
    flattenFollowSet(): TokenType[];
    tokenMatcher(token: Token, type: TokenType): boolean;
    LA(offset: number): Token;
    readonly RULE_STACK: readonly number[];
    readonly RULE_OCCURRENCE_STACK: readonly number[];
    readonly RULE_STACK_IDX: number;
    readonly currIdx: number;
    readonly tokVector: readonly Token[];
}

/** A repetition whose recovery runs the loop: the same rule, arguments and rule depth identify its re-entries. */
interface ActiveRepetition {
    readonly grammarRule: GrammarRule;
    readonly args: readonly unknown[];
    readonly depth: number;
    reenter: boolean;
}

/** The last re-synchronisation token found: valid for any later position before it, under the same rules. */
interface FoundReSync {
    readonly tokens: readonly Token[];
    readonly rules: string;
    readonly from: number;
    readonly at: number;
    readonly type: TokenType;
}

/** Makes the parser's in-repetition recovery iterative and its re-synchronisation scan linear; returns the parser. */
export function withLinearRecovery<P extends LangiumParser>(parser: P): P {
    const recognizer = (parser as unknown as { wrapper: Recognizer }).wrapper;
    loopRepetitionRecovery(recognizer);
    rememberReSyncScan(recognizer);
    return parser;
}

function loopRepetitionRecovery(recognizer: Recognizer): void {
    const recover = recognizer.tryInRepetitionRecovery;
    const active: ActiveRepetition[] = [];
    recognizer.tryInRepetitionRecovery = function (this: Recognizer, grammarRule, args, lookahead, expected) {
        const depth = this.RULE_STACK_IDX;
        const own = active.find(r => r.grammarRule === grammarRule && r.depth === depth && sameArgs(r.args, args));
        if (own) {
            // The last step of a repetition whose outer recovery is still running: that one re-enters when this returns.
            recover.call(this, () => { own.reenter = true; }, args, lookahead, expected);
            return;
        }
        const repetition: ActiveRepetition = { grammarRule, args, depth, reenter: false };
        active.push(repetition);
        try {
            recover.call(this, () => { repetition.reenter = true; }, args, lookahead, expected);
            while (repetition.reenter) {
                repetition.reenter = false;
                grammarRule.apply(this, args);
            }
        } finally {
            active.splice(active.indexOf(repetition), 1);
        }
    };
}

/**
 * Chevrotain's `findReSyncTokenType`: the first token ahead that may follow any rule on the stack. No token between
 * a position and the one found matched, so every position in between finds the same one.
 */
function rememberReSyncScan(recognizer: Recognizer): void {
    let found: FoundReSync | undefined;
    recognizer.findReSyncTokenType = function (this: Recognizer) {
        const depth = this.RULE_STACK_IDX + 1;
        const rules = `${this.RULE_STACK.slice(0, depth).join()}/${this.RULE_OCCURRENCE_STACK.slice(0, depth).join()}`;
        const from = this.currIdx;
        if (found && found.tokens === this.tokVector && found.rules === rules && found.from <= from && from < found.at) {
            return found.type;
        }
        const follows = this.flattenFollowSet();
        // EOF is always among the follows and (virtually) at the end of the input, so this ends.
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            const type = follows.find(follow => this.tokenMatcher(token, follow));
            if (type !== undefined) {
                found = { tokens: this.tokVector, rules, from, at: from + k, type };
                return type;
            }
        }
    };
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
    return a.length === b.length && a.every((value, i) => value === b[i]);
}
