/**
 * Syntax errors in the words of the agreement. Chevrotain reports what the grammar expected as token types
 * ("Expecting token of type 'DATE' but found `03`"); a contract manager needs to hear what is wrong, what to write
 * instead and an example ("Dates are written year-month-day: 2026-03-01"). Each error also gets a stable code
 * (validation/issue-codes.ts) that the quick fixes key on.
 *
 * Langium asks the ParserErrorMessageProvider for each message; the description it builds is attached to the
 * parser's error (see `recordSyntaxProblems`), where the document validator finds the code.
 */
import type { IParserErrorMessageProvider, IRecognitionException, IToken, TokenType } from 'chevrotain';
import type { LangiumParser } from 'langium';
import { closeNames, quotedList } from '../validation/close-names.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { SlipTokens } from './sla-token-builder.js';

/** What went wrong, for the diagnostic: its code and message, and the rewrites that fix it. */
export interface SyntaxProblem {
    readonly code: string;
    readonly message: string;
    readonly fixes?: readonly SyntaxFix[];
}

/**
 * A quick fix that rewrites the text the diagnostic is on, or the text between two offsets (for a slip over more
 * than one token, such as `=>` or a name split by a space; the diagnostic then covers that text). Carried in the
 * diagnostic's data (lsp/syntax-fixes.ts).
 */
export interface SyntaxFix {
    readonly title: string;
    readonly newText: string;
    readonly start?: number;
    readonly end?: number;
}

/** Where the parser stopped: what it expected (first tokens of each way on), what it found, in which rule. */
interface Stop {
    readonly expected: readonly TokenType[];
    readonly actual: IToken;
    readonly previous?: IToken;
    readonly ruleName: string;
}

/** The words for what a rule is, as the agreement names it. */
const RULE_WORDS: Record<string, string> = {
    Agreement: 'the agreement', VersionField: 'the version', StatusField: 'the status', EffectiveField: 'the term',
    TimezoneField: 'the time zone', KindField: 'the kind of agreement', TierField: 'the tier', RefinesField: '`refines`',
    SupersedesField: '`supersedes`', CurrenciesField: 'the currencies', PartiesSection: 'the parties section',
    Party: 'a party', Signatory: 'a signatory', Contact: 'a contact', GoalsSection: 'the goals section', Goal: 'a goal',
    DefinitionsSection: 'the definitions section', Term: 'a defined term', CalendarsSection: 'the calendars section',
    Calendar: 'a calendar', DayRange: 'the days', ServicesSection: 'the services section', Service: 'a service',
    PackagesSection: 'the packages section', Package: 'a package', Charge: 'a charge', Rate: 'an amount',
    SegmentsSection: 'the segments section', Segment: 'a segment', MetricsSection: 'the metrics section',
    Metric: 'a metric', MetricUnit: 'the unit', Window: 'the window', LevelsSection: 'the levels section',
    Level: 'a service level', Target: 'a target', ResponsibilitiesSection: 'the responsibilities section',
    Responsibility: 'a duty', ExclusionsSection: 'the exclusions section', Exclusion: 'an exclusion',
    RemediesSection: 'the remedies section', Credits: 'a credit schedule', CreditTier: 'a credit tier', Bound: 'a bound',
    Cap: 'a cap', MinimumCredit: 'the minimum credit', ClaimWindow: 'the claim window', Payment: 'the payment',
    CorrectiveAction: 'a corrective action', Escalation: 'the escalation', EscalationStep: 'an escalation step',
    ReportingSection: 'the reporting section', Report: 'a report', Cadence: 'the period', ChangesSection: 'the changes section',
    Amendment: 'an amendment', ReviewSection: 'the review section', ReviewTrigger: 'a review trigger', Quantity: 'a quantity',
    AgreementStatus: 'the status', AgreementKind: 'the kind of agreement', AgreementTier: 'the tier', VersionText: 'the version',
    PartyRole: 'the role', Weekday: 'the days', ChargeKind: 'a charge', DimensionName: 'a segment', MetricKind: 'the kind of metric',
    Aggregation: 'the aggregation', Period: 'the period', Comparator: 'the comparison', ExcusalEffect: 'a duty',
    ExclusionKind: 'an exclusion', UnitName: 'the unit', HeaderField: 'the agreement', Section: 'the agreement',
    Remedy: 'the remedies section', PartyDetail: 'a party', LocaleField: 'the locale', PurchasesSection: 'the purchases section',
    Purchase: 'a purchase', PurchasedQuantity: 'a purchased quantity', MissingData: 'what missing data counts as',
    SoleRemedy: '`sole remedy`'
};

/** Examples of what each rule looks like when written correctly. */
const RULE_EXAMPLES: Record<string, string> = {
    Party: 'provider Acme "Acme Ltd."', Signatory: 'signatory "Dana Fischer" "Managing Director"',
    Contact: 'contact "Service desk" "servicedesk@acme.example"', Goal: 'goal "Keep the shop online."',
    Term: 'term "Incident" means "An unplanned interruption."', Calendar: 'hours 08:00 to 18:00',
    DayRange: 'days monday to friday', Service: 'description "The public web shop."',
    Charge: 'charge 35 EUR per workstation per month', Rate: '149 EUR per month', Segment: 'priority P1 "Critical"',
    Metric: 'unit business minutes', Window: 'window calendar month', Target: 'ResponseTime <= 15 business minutes',
    Level: 'obliged Acme', Responsibility: 'Globex must "report outages through the portal" within 1 hours',
    Exclusion: 'maintenance "Announced maintenance" notice 5 days', CreditTier: 'when < 99.9 % and >= 99.0 % credit 10 %',
    Bound: 'when < 99.9 %', Cap: 'cap 20 % per month', Cadence: 'every month', Report: 'every month',
    Amendment: 'amendment 1.1 2026-06-01 "Added a P4 target"', EscalationStep: 'step "Service manager" after 1 hours',
    EffectiveField: 'effective 2026-01-01 until 2027-12-31', TimezoneField: 'timezone "Europe/Berlin"',
    VersionField: 'version 1.0', ReviewSection: 'every 6 months', ChangesSection: 'notice 30 days',
    LocaleField: 'locale en-US', Purchase: 'Clinic takes Essential from 2026-03-01 with 20 workstations',
    PurchasedQuantity: '20 workstations'
};

/** A Map, not an object: the word is whatever the author typed, `__proto__` included. */
const PERIOD_WORDS = new Map(Object.entries({
    daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year', annually: 'year', annual: 'year'
}));

const COMPARATORS = new Set(['<=', '<', '>=', '>', '=']);

/** Builds the SLA message and code for every syntax error the parser reports. */
export class SlaParserErrorMessageProvider implements IParserErrorMessageProvider {

    private last: SyntaxProblem | undefined;

    buildMismatchTokenMessage(options: { expected: TokenType, actual: IToken, previous: IToken, ruleName: string }): string {
        return this.remember({ expected: [options.expected], actual: options.actual, previous: options.previous, ruleName: options.ruleName });
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken, ruleName: string }): string {
        return this.keep({
            code: IssueCodes.SyntaxAfterEnd,
            message: `'${options.firstRedundant.image}' comes after the closing } of the agreement. Everything belongs inside`
                + ' `agreement Name { ... }`: remove the extra } before it, or move it inside.'
        });
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][], actual: IToken[], previous: IToken, ruleName: string }): string {
        const expected = options.expectedPathsPerAlt.flat().map(path => path[0]).filter(t => t !== undefined);
        return this.remember({ expected, actual: options.actual[0], previous: options.previous, ruleName: options.ruleName });
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][], actual: IToken[], previous: IToken, ruleName: string }): string {
        const expected = options.expectedIterationPaths.map(path => path[0]).filter(t => t !== undefined);
        return this.remember({ expected, actual: options.actual[0], previous: options.previous, ruleName: options.ruleName });
    }

    /** The problem described by the last message built, once: the parser saves its error right after asking. */
    take(): SyntaxProblem | undefined {
        const last = this.last;
        this.last = undefined;
        return last;
    }

    private remember(stop: Stop): string {
        return this.keep(describe(stop));
    }

    private keep(problem: SyntaxProblem): string {
        this.last = problem;
        return problem.message;
    }
}

/** Attaches the provider's description to each error the parser saves, for the document validator. */
export function recordSyntaxProblems(parser: LangiumParser, provider: SlaParserErrorMessageProvider): LangiumParser {
    const chevrotain = (parser as unknown as { wrapper: { SAVE_ERROR(error: IRecognitionException): IRecognitionException } }).wrapper;
    const save = chevrotain.SAVE_ERROR;
    chevrotain.SAVE_ERROR = function (error) {
        const problem = provider.take();
        if (problem) (error as SyntaxError).problem = problem;
        return save.call(this, error);
    };
    return parser;
}

/** A parser error with its SLA description. */
export type SyntaxError = IRecognitionException & { problem?: SyntaxProblem };

export function describe(stop: Stop): SyntaxProblem {
    const { actual } = stop;
    // Langium marks its rule names with a zero-width space.
    const ruleName = stop.ruleName.replace(/\u200B$/, '');
    const names = new Set(stop.expected.map(t => t.name));
    const found = actual.image;
    const where = RULE_WORDS[ruleName] ?? 'this part of the agreement';
    const example = RULE_EXAMPLES[ruleName];
    const forExample = example ? ` For example: \`${example}\`.` : '';
    switch (actual.tokenType.name) {
        case SlipTokens.ForeignDate:
            return problem(IssueCodes.DateFormat, `Dates are written year-month-day: ${isoSuggestion(found)}, not ${found}.`, ...isoDates(found));
        case SlipTokens.TwelveHourTime: {
            const time = twentyFourHour(found) ?? '18:00';
            return problem(IssueCodes.TimeFormat, `Times of day are written on the 24-hour clock: ${time}, not ${found}.`, time);
        }
        case SlipTokens.RoundTheClock:
            return problem(IssueCodes.TimeFormat, `Write round-the-clock service as days and hours: \`days monday to sunday\` and \`hours 00:00 to 24:00\`, not ${found}.`,
                ...stop.previous?.image === 'hours' ? ['00:00 to 24:00'] : []);
        case SlipTokens.CurrencySymbol:
            return problem(IssueCodes.CurrencySymbol, `Write the amount, then the three-letter currency code: ${currencySuggestion(found)}, not ${found}.`,
                currencySuggestion(found));
        case SlipTokens.GroupedNumber:
            return problem(IssueCodes.NumberFormat, `Write numbers without thousands separators: ${found.replace(/,/g, '')}, not ${found}.`, found.replace(/,/g, ''));
        case 'EOF':
            return problem(IssueCodes.MissingBrace, `The file ends inside ${where}: a closing } is missing. Add } where ${where} ends.`);
    }
    if (isGluedToText(stop)) {
        const outside = actual.tokenType.name === 'STRING' ? stop.previous!.image : found;
        return problem(IssueCodes.InnerQuotes, `A text ends at its second double quote, so '${outside}' is left outside it. `
            + 'Inside a text, write \\" for a double quote, or use single quotes: "the \'Premium\' plan".');
    }
    const period = PERIOD_WORDS.get(found.toLowerCase());
    if (period) {
        // After `every`, `per` or `calendar` only the word changes.
        const after = ['every', 'per', 'calendar'].includes(stop.previous?.image ?? '');
        if (ruleName === 'Window') {
            return problem(IssueCodes.PeriodWord, `Write \`calendar ${period}\` instead of '${found}' (or a rolling window such as \`rolling 30 days\`).`,
                after ? period : `calendar ${period}`);
        }
        const cadence = names.has('every') || ruleName === 'Cadence' || ruleName === 'Report' || ruleName === 'ReviewSection';
        const phrase = `${cadence ? 'every' : 'per'} ${period}`;
        return problem(IssueCodes.PeriodWord, cadence
            ? `Write \`every ${period}\` instead of '${found}' (or a length such as \`every 3 months\`).`
            : `Write \`per ${period}\` instead of '${found}'.`, after ? period : phrase);
    }
    if (names.has('per') && ruleName === 'Cap') {
        return problem(IssueCodes.MissingPeriod, 'A cap limits the credits of a period: say which one, e.g. `cap 20 % per month`.');
    }
    if (ruleName === 'VersionText') {
        return problem(IssueCodes.SyntaxError, `A version is a number such as \`version 2.1\`, or a text in quotes such as \`version "2.1-beta"\`; found '${found}'.`);
    }
    if (ruleName === 'Calendar' && names.has('DATE') && actual.tokenType.name === 'STRING') {
        return problem(IssueCodes.DateFormat, `Holidays are listed as dates, year-month-day: \`holidays 2026-01-01, 2026-12-25\`; a named list such as ${found} cannot be counted.`);
    }
    if (names.has('STRING') && !names.has('ID')) {
        const before = stop.previous && isWord(stop.previous) ? `${stop.previous.image} ` : '';
        return problem(IssueCodes.TextWithoutQuotes, `Texts are written in double quotes: \`${before}"${found} ..."\` instead of`
            + ` \`${before}${found} ...\` (${where} takes a text here).`);
    }
    if (ruleName === 'Target' && names.has('ID')) {
        return problem(IssueCodes.TargetFormat, 'A service level starts with its target: the metric, <= (at most) or >= (at least) and a threshold,'
            + ` e.g. \`ResponseTime <= 15 business minutes\`; found '${found}'.`);
    }
    if (ruleName === 'Target' && names.has('of')) {
        return problem(IssueCodes.TargetFormat, `Say what the share is of: \`in 95 % of tickets\`; found '${found}'.`);
    }
    if (names.has('NUMBER') && /^[A-Z]{3}$/.test(found)) {
        return problem(IssueCodes.CurrencySymbol, `Write the amount first, then the currency code, e.g. \`149 ${found}\` rather than \`${found} 149\`.`);
    }
    if (names.has('DATE')) {
        return problem(IssueCodes.DateFormat, `A date is needed here, written year-month-day, e.g. 2026-03-01; found '${found}'.`);
    }
    if (names.has('TIME')) {
        return problem(IssueCodes.TimeFormat, `A time of day is needed here, on the 24-hour clock, e.g. 08:00; found '${found}'.${forExample}`);
    }
    if ((ruleName === 'Quantity' || ruleName === 'UnitName' || ruleName === 'MetricUnit') && (names.has('%') || names.has('ID'))) {
        return problem(IssueCodes.MissingUnit, stop.previous?.image === 'business'
            ? 'Say what business time is counted in: `business minutes`, `business hours` or `business days`.'
            : 'This number needs its unit: `30 days`, `15 minutes`, `99.9 %` or `149 EUR`.');
    }
    if (stop.previous?.image === '=' && (found === '>' || found === '<') && isGlued(stop.previous, actual)) {
        return { ...problem(IssueCodes.TargetFormat, `Write the comparison with ${found} first: ${found}= instead of =${found}.`),
            fixes: [{ title: `Change to '${found}='`, newText: `${found}=`, start: stop.previous.startOffset, end: actual.endOffset! + 1 }] };
    }
    if ([...names].some(n => COMPARATORS.has(n))) {
        return problem(IssueCodes.TargetFormat, `A comparison is needed here: <= (at most), >= (at least), < or >, as in`
            + ` \`ResponseTime <= 15 business minutes\` or \`when < 90 % and >= 80 % credit 5 %\`; found '${found}'.`,
        ...found === 'within' ? ['<='] : []);
    }
    if (found === 'must' && stop.previous && isWord(stop.previous)) {
        return problem(IssueCodes.MissingUnit, `'${stop.previous.image} must' starts a new duty, so the number at the end of the line before`
            + ` took '${stop.previous.image}' as its unit: give that number its unit, e.g. \`within 30 minutes\`.`);
    }
    if (names.size === 1 && names.has('}') && startsLine(stop)) {
        return problem(IssueCodes.MissingBrace, `A closing } is missing before '${found}': close ${where} on the line before.`);
    }
    if (names.has('{') && isWord(actual) && stop.previous?.tokenType.name === 'ID' && !startsLine(stop)) {
        const name = `${stop.previous.image}${found}`;
        return { ...problem(IssueCodes.NameFormat, `A name is one word: write '${name}' instead of`
            + ` '${stop.previous.image} ${found}'. A title goes in quotes after the name: \`calendar OfficeHours "Office hours" {\`.`),
            fixes: [{ title: `Change to '${name}'`, newText: name, start: stop.previous.startOffset, end: actual.endOffset! + 1 }] };
    }
    if (names.size === 1 && names.has('{')) {
        const end = stop.previous?.endOffset;
        return { ...problem(IssueCodes.MissingBrace, `An opening { is missing before '${found}': ${where} lists its details between { and }.`),
            ...end !== undefined && startsLine(stop) ? { fixes: [{ title: 'Add { at the end of the line before', newText: ' {', start: end + 1, end: end + 1 }] } : {} };
    }
    if (stop.previous?.image === 'hours' && names.has('ID') && ruleName === 'Service') {
        return problem(IssueCodes.SyntaxError, 'A service\'s hours are a calendar\'s name: `hours OfficeHours`, with the times in the calendars section.');
    }
    if (stop.previous?.tokenType.name === 'DATE' && found === 'to') {
        return problem(IssueCodes.UnknownWord, 'The end of the term follows `until`: `effective 2026-01-01 until 2027-12-31`.', 'until');
    }
    if (names.has('NUMBER') && !isWord(actual)) {
        return problem(IssueCodes.SyntaxError, `A number is needed here; found '${found}'.${forExample}`);
    }
    const words = [...new Set(stop.expected.map(t => t.name).filter(n => /^[a-z%{}<>=]/.test(n)))];
    if (isWord(actual) && words.length) {
        if (names.has('monday') && found.includes('-')) {
            const range = found.split('-').join(' to ');
            return problem(IssueCodes.UnknownWord, `Write a range of days with \`to\`: \`days ${range}\`.`, range);
        }
        const lower = words.find(w => w === found.toLowerCase());
        if (lower) {
            return problem(IssueCodes.UnknownWord, `Write '${lower}' in lower case: the agreement's words are lower case.`, lower);
        }
        const keywords = words.filter(w => /^[a-z]/.test(w));
        const close = [...new Set([...keywords.filter(w => w.startsWith(`${found}-`) || isSwapOf(found, w)), ...closeNames(found, keywords)])].slice(0, 3);
        const hint = close.length ? ` Did you mean ${quotedList(close)}?` : '';
        const allowed = close.length ? '' : ` Here ${where} takes ${listed(words)}.${forExample}`;
        return problem(IssueCodes.UnknownWord, `'${found}' is not a word ${where} understands here.${hint}${allowed}`, ...close);
    }
    if (actual.tokenType.name === SlipTokens.Stray) {
        return problem(IssueCodes.SyntaxError, `The character '${found}' has no meaning here.${forExample}`);
    }
    if (names.has('ID')) {
        return problem(IssueCodes.SyntaxError, `A name is needed here (one word of letters and digits, e.g. OfficeHours); found '${found}'.${forExample}`);
    }
    if (words.length) {
        return problem(IssueCodes.SyntaxError, `'${found}' does not fit here: ${where} takes ${listed(words)}.${forExample}`);
    }
    return problem(IssueCodes.SyntaxError, `'${found}' does not fit here in ${where}.${forExample}`);
}

/** `'a', 'b' or 'c'`, `}` spelled out, at most eight. */
function listed(words: readonly string[]): string {
    const shown = words.slice(0, 8).map(w => w === '}' ? 'the closing }' : w === '{' ? 'an opening {' : `'${w}'`);
    const more = words.length > 8 ? ' and more' : '';
    return shown.length <= 1 ? `${shown.join('')}${more}` : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}${more}`;
}

/** `gaol` for `goal`: two neighbouring letters swapped, a typo the edit distance counts twice. */
function isSwapOf(written: string, word: string): boolean {
    if (written.length !== word.length) return false;
    const differ = [...written].flatMap((c, i) => c === word[i] ? [] : [i]);
    return differ.length === 2 && differ[1] === differ[0] + 1 && written[differ[0]] === word[differ[1]] && written[differ[1]] === word[differ[0]];
}

function startsLine({ actual, previous }: Stop): boolean {
    return !previous || (previous.endLine ?? 0) < (actual.startLine ?? 0);
}

function isGlued(before: IToken, after: IToken): boolean {
    return before.endOffset !== undefined && before.endOffset + 1 === after.startOffset;
}

/** A problem whose fixes each replace the text the diagnostic is on with one of `replacements`. */
function problem(code: string, message: string, ...replacements: string[]): SyntaxProblem {
    return replacements.length ? { code, message, fixes: replacements.map(newText => ({ title: `Change to '${newText}'`, newText })) } : { code, message };
}

function isWord(token: IToken): boolean {
    return /^[A-Za-z]/.test(token.image);
}

/** `"Globex "Logistics" AG"`: a word glued to the text before it, or a text glued to the word before it. */
function isGluedToText({ actual, previous }: Stop): boolean {
    if (!previous || !isGlued(previous, actual)) return false;
    return (previous.tokenType.name === 'STRING' && previous.image.length > 1 && previous.image.endsWith('"') && isWord(actual))
        || (actual.tokenType.name === 'STRING' && isWord(previous));
}

/** The year-month-day form of a date written with slashes or dots; month/day when the first number cannot be a day. */
export function isoDates(written: string): string[] {
    const parts = written.split(/[/.]/).map(Number);
    if (parts.length !== 3 || parts.some(Number.isNaN)) return [];
    const pad = (n: number) => String(n).padStart(2, '0');
    if (/^\d{4}/.test(written)) return [`${parts[0]}-${pad(parts[1])}-${pad(parts[2])}`];
    const year = parts[2] < 100 ? 2000 + parts[2] : parts[2];
    const valid = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
    // Dots are the European day.month.year; with slashes the US writes month/day, the UK day/month.
    const readings: Array<[number, number]> = written.includes('.') ? [[parts[1], parts[0]]] : [[parts[0], parts[1]], [parts[1], parts[0]]];
    return [...new Set(readings.filter(([m, d]) => valid(m, d)).map(([m, d]) => `${year}-${pad(m)}-${pad(d)}`))];
}

function isoSuggestion(written: string): string {
    const dates = isoDates(written);
    return dates.length ? dates.join(' or ') : '2026-03-01';
}

/** `6pm` as `18:00`. */
export function twentyFourHour(written: string): string | undefined {
    const match = /^(\d{1,2})(?::(\d{2}))?\s?([aApP])/.exec(written);
    if (!match) return undefined;
    const hour = Number(match[1]) % 12 + (match[3].toLowerCase() === 'p' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}`;
}

const CURRENCY_CODES: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** `$149` as `149 USD`. */
export function currencySuggestion(written: string): string {
    const symbol = [...written].find(c => c in CURRENCY_CODES) ?? '$';
    const amount = written.replace(/[^\d.,]/g, '').replace(/,(?=\d{3}\b)/g, '');
    return `${amount || '149'} ${CURRENCY_CODES[symbol]}`;
}
