/**
 * Document model -> a Word document (.docx), with the `docx` package: the file contract people exchange and mark
 * up. Clause headings use Word's heading styles (so the navigation pane and a table of contents work), tables
 * repeat their header row across pages, and the footer gives the agreement, its version and the page.
 */
import {
    AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, Tab, Table,
    TableCell, TableRow, TabStopType, TextRun, WidthType, type IRunOptions, type ParagraphChild
} from 'docx';
import {
    type AgreementDocument, type Block, type Clause, type DraftNotice, type Fact, type Inline, type SignatureBlock,
    type Table as TableBlock, type Text, keepUnitsTogether
} from './document-model.js';
import { PAPER } from '../locale/locale.js';
import { documentText } from '../text-safety.js';

const FONT = 'Cambria';
const HEADING_FONT = 'Calibri';
const RULE = 'BFBAB0';
const HEAD_FILL = 'EFECE3';
const MUTED = '5F5D57';
const ACCENT = '7A5C12';
const DRAFT_RED = 'C0392B';
/** 2 cm margins, in twentieths of a point. */
const MARGIN = 1134;

export async function renderDocx(document: AgreementDocument): Promise<Uint8Array> {
    const page = PAPER[document.paper].twips;
    // The width between the margins, which tables and tab stops fill: A4 is narrower than US Letter.
    const width = page.width - 2 * MARGIN;
    const doc = new Document({
        title: document.title,
        subject: document.labels.kind,
        creator: 'sla render',
        styles: {
            default: {
                // Word proofs the document in its language: US or UK spelling, German.
                document: { run: { font: FONT, size: 21, language: { value: document.language } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
                heading1: { run: { font: HEADING_FONT, size: 26, bold: true, color: '1D1D1B' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
                heading2: { run: { font: HEADING_FONT, size: 22, bold: true, color: '1D1D1B' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
                heading3: { run: { font: HEADING_FONT, size: 21, bold: true, color: '1D1D1B' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } }
            }
        },
        sections: [{
            properties: { page: { size: { width: page.width, height: page.height }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
            headers: document.draft ? {
                default: new Header({
                    children: [new Paragraph({
                        alignment: AlignmentType.CENTER,
                        children: [textRun(document.draft.mark.toLocaleUpperCase(document.language), { font: HEADING_FONT, size: 18, bold: true, color: DRAFT_RED, characterSpacing: 30 })]
                    })]
                })
            } : undefined,
            footers: {
                default: new Footer({
                    children: [new Paragraph({
                        tabStops: [{ type: TabStopType.RIGHT, position: width }],
                        children: [
                            textRun(document.labels.footer, { size: 16, color: MUTED }),
                            new TextRun({ children: [new Tab(), xmlSafe(document.labels.page[0]), PageNumber.CURRENT, xmlSafe(document.labels.page[1]), PageNumber.TOTAL_PAGES], size: 16, color: MUTED })
                        ]
                    })]
                })
            },
            children: [
                ...titleBlock(document, width),
                ...clause(document.summary, 0, width),
                ...document.clauses.flatMap(c => clause(c, 0, width)),
                ...signatures(document, width)
            ]
        }]
    });
    return Packer.pack(doc, 'uint8array');
}

function titleBlock(document: AgreementDocument, width: number): Array<Paragraph | Table> {
    const centered = (children: ParagraphChild[], after = 120) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
    const status = document.statusBadge?.toLocaleUpperCase(document.language);
    return [
        centered([textRun(document.labels.kind.toLocaleUpperCase(document.language), { font: HEADING_FONT, size: 16, bold: true, color: MUTED, characterSpacing: 40 })]),
        centered([textRun(document.title, { size: 36, bold: true }), ...(status ? [textRun(`  ${status}`, { size: 20, bold: true, color: 'C0392B' })] : [])], 160),
        ...(document.subtitle ? [centered([textRun(document.subtitle, { italics: true, size: 23 })], 240)] : []),
        ...(document.facts.length ? [factsTable(document.facts, width)] : []),
        ...(document.draft ? draftNotice(document.draft) : []),
        ...(document.notice ? [new Paragraph({
            spacing: { before: 240 },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: document.notice.severity === 'error' ? 'FDE8E6' : 'FFF4D6' },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: document.notice.severity === 'error' ? 'C0392B' : 'C99A06', space: 6 } },
            children: [textRun(document.notice.text, { font: HEADING_FONT, size: 19 })]
        })] : [])
    ];
}

function draftNotice(draft: DraftNotice): Paragraph[] {
    const box = { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4D6' }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C99A06', space: 6 } } };
    return [
        new Paragraph({ ...box, spacing: { before: 240, after: 60 }, children: [textRun(draft.text, { font: HEADING_FONT, size: 19, bold: true })] }),
        ...draft.items.map(item => new Paragraph({ ...box, spacing: { after: 0 }, bullet: { level: 0 }, children: runs(item.text, { size: 18 }) }))
    ];
}

function clause(c: Clause, depth: number, width: number): Array<Paragraph | Table> {
    const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][Math.min(depth, 2)];
    return [
        new Paragraph({
            heading,
            children: [
                ...(c.number ? [textRun(`${c.number}${depth === 0 ? '.' : ''}\t`, { color: ACCENT })] : []),
                textRun(c.title),
                ...(c.badge ? [textRun(`  (${c.badge})`, { italics: true, bold: false, size: 18, color: MUTED })] : [])
            ],
            tabStops: [{ type: TabStopType.LEFT, position: 680 }]
        }),
        ...c.blocks.flatMap(b => block(b, width)),
        ...c.subclauses.flatMap(sub => clause(sub, depth + 1, width))
    ];
}

function block(b: Block, width: number): Array<Paragraph | Table> {
    switch (b.kind) {
        case 'paragraph': return [new Paragraph({ children: runs(b.text) })];
        case 'note': return [new Paragraph({
            spacing: { before: 60, after: 160 },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F8F5EC' },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'C2A35A', space: 6 } },
            children: runs(b.text, { italics: true })
        })];
        case 'list': return b.items.map((item, index) => b.numbering === 'letters'
            ? new Paragraph({
                indent: { left: 567, hanging: 567 },
                children: [textRun(`(${String.fromCharCode(65 + index % 26)})\t`, { color: ACCENT }), ...runs(item.text)]
            })
            : new Paragraph({ bullet: { level: 0 }, children: runs(item.text) }));
        case 'facts': return [factsTable(b.rows, width)];
        case 'table': return [
            ...(b.caption ? [new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [textRun(b.caption.toUpperCase(), { font: HEADING_FONT, size: 16, bold: true, color: MUTED })] })] : []),
            table(b, width),
            spacer()
        ];
    }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function table(t: TableBlock, contentWidth: number): Table {
    const shares = t.widths ?? t.columns.map(() => 100 / Math.max(t.columns.length, 1));
    const widths = shares.map(share => Math.floor(contentWidth * share / 100));
    return new Table({
        width: { size: contentWidth, type: WidthType.DXA },
        columnWidths: widths,
        borders: BORDERS,
        rows: [
            new TableRow({
                tableHeader: true,
                cantSplit: true,
                children: t.columns.map((column, i) => cell([textRun(column.toUpperCase(), { font: HEADING_FONT, size: 15, bold: true, color: MUTED })], widths[i], HEAD_FILL))
            }),
            ...t.rows.map(row => new TableRow({ cantSplit: true, children: row.cells.map((c, i) => cell(runs(c, { size: 19 }), widths[i])) }))
        ]
    });
}

function factsTable(facts: readonly Fact[], contentWidth: number): Table {
    const widths = [Math.round(contentWidth * 0.28), contentWidth - Math.round(contentWidth * 0.28)];
    return new Table({
        width: { size: contentWidth, type: WidthType.DXA },
        columnWidths: widths,
        borders: { ...BORDERS, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } },
        rows: facts.map(fact => new TableRow({
            cantSplit: true,
            children: [
                cell([textRun(fact.label.toUpperCase(), { font: HEADING_FONT, size: 15, bold: true, color: MUTED })], widths[0]),
                cell(runs(fact.value, { size: 20 }), widths[1])
            ]
        }))
    });
}

function cell(children: ParagraphChild[], width: number, fill?: string): TableCell {
    return new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: { top: 60, bottom: 60, left: 100, right: 100 },
        shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
        children: [new Paragraph({ spacing: { after: 0 }, children })]
    });
}

function signatures({ signatures: blocks, labels }: AgreementDocument, contentWidth: number): Array<Paragraph | Table> {
    if (blocks.length === 0) return [];
    const words = labels.signatures;
    const width = Math.floor(contentWidth / 2);
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const signatureCell = (s: SignatureBlock | undefined) => new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: { top: 120, bottom: 240, left: 0, right: 360 },
        children: s ? [
            new Paragraph({ spacing: { after: 0 }, children: [textRun(words.onBehalfOf, { size: 18, color: MUTED })] }),
            new Paragraph({ spacing: { after: 0 }, children: [textRun(s.legalName, { bold: true })] }),
            new Paragraph({ spacing: { after: 480 }, children: [textRun(`${s.quotedName}, ${s.role}`, { size: 18, color: MUTED })] }),
            new Paragraph({ border: { top: { style: BorderStyle.SINGLE, size: 6, color: '1D1D1B', space: 2 } }, spacing: { after: 60 }, children: [textRun(words.signature, { size: 16, color: MUTED })] }),
            line(words.name, s.signatory),
            line(words.position, s.position),
            line(words.date, undefined)
        ] : [new Paragraph('')]
    });
    const rows: TableRow[] = [];
    for (let i = 0; i < blocks.length; i += 2) {
        rows.push(new TableRow({ cantSplit: true, children: [signatureCell(blocks[i]), signatureCell(blocks[i + 1])] }));
    }
    return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(words.title)] }),
        new Paragraph({ children: [textRun(words.intro)] }),
        new Table({
            width: { size: contentWidth, type: WidthType.DXA },
            columnWidths: [width, width],
            borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
            rows
        })
    ];
}

function line(label: string, value: string | undefined): Paragraph {
    return new Paragraph({
        spacing: { after: 60 },
        children: [textRun(`${label}: `, { size: 18, color: MUTED }), textRun(value ?? '________________________', { size: 20 })]
    });
}

function spacer(): Paragraph {
    return new Paragraph({ spacing: { after: 60 }, children: [] });
}

interface RunStyle {
    readonly size?: number;
    readonly italics?: boolean;
}

function runs(text: Text, style: RunStyle = {}): TextRun[] {
    return text.map(inline => run(inline, style)).filter((r): r is TextRun => r !== undefined);
}

function run(i: Inline, style: RunStyle): TextRun | undefined {
    if (typeof i === 'string') return i ? textRun(keepUnitsTogether(i), style) : undefined;
    if ('lineBreak' in i) return textRun('', { break: 1, ...style });
    return textRun(keepUnitsTogether(i.text), {
        ...style,
        bold: i.style === 'strong' || undefined,
        italics: style.italics || undefined,
        color: i.style === 'muted' ? MUTED : undefined
    });
}

/** Every run of the document goes through here, so that no text can make the XML invalid; `\t` is Word's tab. */
function textRun(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
    const parts = xmlSafe(text).split('\t');
    return new TextRun({ ...options, children: parts.flatMap((part, i) => i === 0 ? [part] : [new Tab(), part]).filter(part => part !== '') });
}

/**
 * Control characters become U+FFFD and stray bidi controls are isolated, as in HTML and Markdown (text-safety.ts
 * `documentText`); what XML 1.0 cannot hold at all, the non-characters U+FFFE/U+FFFF and lone surrogates, becomes
 * U+FFFD too, for Word refuses a file with them.
 */
function xmlSafe(text: string): string {
    return documentText(text).replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
