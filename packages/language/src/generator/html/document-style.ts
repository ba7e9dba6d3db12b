/**
 * The rendered agreement's stylesheet. Colours come from VS Code's theme variables inside a webview and fall back
 * to a printed-contract look in a browser. It is the renderer's own constant text, emitted with the page's nonce.
 */
export const DOCUMENT_STYLE = `
:root {
  --sla-text: var(--vscode-editor-foreground, #1d1d1b);
  --sla-page: var(--vscode-editor-background, #ffffff);
  --sla-desk: var(--vscode-editor-background, #eceae4);
  --sla-muted: var(--vscode-descriptionForeground, #5f5d57);
  --sla-rule: var(--vscode-panel-border, var(--vscode-editorGroup-border, #cfcbc0));
  --sla-head: var(--vscode-editorWidget-background, #f3f1ea);
  --sla-link: var(--vscode-textLink-foreground, #1d4f91);
  --sla-accent: var(--vscode-textLink-activeForeground, #7a5c12);
  --sla-note: var(--vscode-textBlockQuote-background, #f8f5ec);
  --sla-note-rule: var(--vscode-textBlockQuote-border, #c2a35a);
  --sla-warn-bg: var(--vscode-inputValidation-warningBackground, #fff4d6);
  --sla-warn-rule: var(--vscode-inputValidation-warningBorder, #c99a06);
  --sla-error-bg: var(--vscode-inputValidation-errorBackground, #fde8e6);
  --sla-error-rule: var(--vscode-inputValidation-errorBorder, #c0392b);
  --sla-hover: var(--vscode-list-hoverBackground, #f1ede2);
  --sla-serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Liberation Serif", "DejaVu Serif", serif;
  --sla-sans: var(--vscode-font-family, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif);
}
* { box-sizing: border-box; }
html { background: var(--sla-desk); }
body { margin: 0; padding: 2.5rem 1rem; color: var(--sla-text); background: var(--sla-desk); font: 16px/1.55 var(--sla-serif); }
body[class*="vscode-"] { padding: 0 1rem; font-size: var(--vscode-editor-font-size, 15px); }
.sla-document { max-width: 54rem; margin: 0 auto; padding: 3.5rem 4rem 4rem; background: var(--sla-page);
  box-shadow: 0 1px 3px rgba(0, 0, 0, .12), 0 8px 24px rgba(0, 0, 0, .06); }
body[class*="vscode-"] .sla-document { box-shadow: none; padding: 1.5rem 0 3rem; background: transparent; }
a { color: var(--sla-link); text-decoration: none; }
a:hover { text-decoration: underline; }
p { margin: .55em 0; }
.muted { color: var(--sla-muted); }

.title-block { text-align: center; padding-bottom: 1.6rem; margin-bottom: 2rem; border-bottom: 3px double var(--sla-rule); }
.title-block h1 { font-size: 2rem; line-height: 1.2; font-weight: 600; margin: .2em 0 .35em; letter-spacing: .01em; }
.title-block .subtitle { font-style: italic; font-size: 1.08rem; margin: 0 0 1.3rem; }
.title-block .kicker { font: 600 .72rem/1 var(--sla-sans); letter-spacing: .18em; text-transform: uppercase; color: var(--sla-muted); }
.title-block dl { display: inline-grid; grid-template-columns: auto auto; gap: .2rem 1.4rem; margin: 0; text-align: left; font-size: .95rem; }
.title-block dt { font: 600 .72rem/1.9 var(--sla-sans); letter-spacing: .08em; text-transform: uppercase; color: var(--sla-muted); text-align: right; }
.title-block dd { margin: 0; }
.status { display: inline-block; margin-left: .5em; padding: .1em .6em; border: 1px solid currentColor; border-radius: 3px;
  font: 700 .7rem/1.5 var(--sla-sans); letter-spacing: .12em; text-transform: uppercase; vertical-align: middle; }
.status-draft { color: var(--sla-error-rule); }
.status-superseded { color: var(--sla-muted); }

.problems { margin: 0 0 1.8rem; padding: .7rem 1rem; border: 1px solid; border-left-width: 4px; font: .9rem/1.45 var(--sla-sans); }
.problems.has-warnings { border-color: var(--sla-warn-rule); background: var(--sla-warn-bg); }
.problems.has-errors { border-color: var(--sla-error-rule); background: var(--sla-error-bg); }
.draft-mark { margin: 0 0 1.2rem; padding: .3rem .8rem; border: 1px dashed var(--sla-error-rule); color: var(--sla-error-rule);
  font: 600 .8rem/1.4 var(--sla-sans); letter-spacing: .08em; text-transform: uppercase; text-align: center; }
.draft { margin: 0 0 1.8rem; padding: .7rem 1rem; border: 1px solid var(--sla-warn-rule); border-left-width: 4px;
  background: var(--sla-warn-bg); font: .9rem/1.45 var(--sla-sans); }
.draft p { margin: 0; }
.draft ul { margin: .4rem 0 0; padding-left: 1.2rem; }

section.clause { margin: 2.2rem 0 0; }
h2, h3 { font-weight: 600; line-height: 1.3; break-after: avoid; }
h2 { font-size: 1.28rem; margin: 0 0 .7rem; padding-bottom: .25rem; border-bottom: 1px solid var(--sla-rule); }
h3 { font-size: 1.06rem; margin: 1.4rem 0 .5rem; }
.number { display: inline-block; min-width: calc(2.6rem - .25em); color: var(--sla-accent); font-variant-numeric: tabular-nums; }
.badge { margin-left: .6em; padding: .05em .55em; border: 1px solid var(--sla-note-rule); border-radius: 999px;
  font: 500 .7rem/1.6 var(--sla-sans); color: var(--sla-muted); vertical-align: middle; white-space: nowrap; }
.clause > :is(p, ul, ol), .subclause > :is(p, ul, ol) { margin-left: 2.6rem; }

ol.letters { list-style: none; padding: 0; counter-reset: recital; }
ol.letters > li { counter-increment: recital; position: relative; padding-left: 2.4em; margin: .35em 0; }
ol.letters > li::before { content: "(" counter(recital, upper-alpha) ")"; position: absolute; left: 0; color: var(--sla-accent); }
ul { padding-left: 1.3em; margin: .4em 0; }
li { margin: .2em 0; }

.table-wrap { overflow-x: auto; margin-top: .6rem; margin-bottom: .9rem; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; line-height: 1.45; }
td { overflow-wrap: break-word; }
caption { caption-side: top; text-align: left; font: 600 .78rem/1.8 var(--sla-sans); letter-spacing: .06em; text-transform: uppercase; color: var(--sla-muted); }
th, td { padding: .42rem .6rem; border: 1px solid var(--sla-rule); vertical-align: top; text-align: left; }
th { background: var(--sla-head); font: 600 .7rem/1.4 var(--sla-sans); letter-spacing: .02em; text-transform: uppercase; color: var(--sla-muted); }
tr { break-inside: avoid; }
dl.facts { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; margin: .5rem 0 .9rem; border-top: 1px solid var(--sla-rule); font-size: .93rem; }
dl.facts > dt, dl.facts > dd { margin: 0; padding: .38rem .5rem; border-bottom: 1px solid var(--sla-rule); }
dl.facts > dt { font: 600 .74rem/1.9 var(--sla-sans); letter-spacing: .05em; text-transform: uppercase; color: var(--sla-muted); }
.note { padding: .6rem .9rem; border-left: 3px solid var(--sla-note-rule); background: var(--sla-note); font-style: italic; }

.signatures { margin-top: 3rem; break-inside: avoid; }
.signature-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 2.2rem 3rem; margin-top: 1rem; }
.signature { break-inside: avoid; }
.signature .for { font-size: .85rem; color: var(--sla-muted); margin: 0; }
.signature .party { font-weight: 600; margin: .1rem 0 0; }
.signature .sign-here { height: 3.2rem; border-bottom: 1px solid var(--sla-text); }
.signature .sign-caption { margin: .1rem 0 .5rem; font: .72rem/1.4 var(--sla-sans); color: var(--sla-muted); }
.signature dl { display: grid; grid-template-columns: auto 1fr; gap: .15rem .8rem; margin: 0; font-size: .9rem; }
.signature dt { color: var(--sla-muted); }
.signature dd { margin: 0; min-height: 1.4em; border-bottom: 1px dotted var(--sla-rule); }

body.sla-interactive [data-line] { cursor: default; }
body.sla-interactive tr[data-line]:hover > td, body.sla-interactive li[data-line]:hover,
body.sla-interactive p[data-line]:hover, body.sla-interactive section[data-line] > h2:hover,
body.sla-interactive section[data-line] > h3:hover, body.sla-interactive .signature[data-line]:hover { background: var(--sla-hover); }
.sla-revealed { outline: 2px solid var(--vscode-focusBorder, #4a7bd0); outline-offset: 2px; }

@media (max-width: 40rem) {
  body { padding: 0; }
  .sla-document { padding: 1.5rem 1rem; }
  .clause > :is(p, ul, ol), .subclause > :is(p, ul, ol) { margin-left: 0; }
  dl.facts { grid-template-columns: 1fr; }
}
/* A printed draft carries the mark on every page: a fixed element repeats on each printed page. */
@media print {
  .draft-mark { position: fixed; top: 42%; left: 0; right: 0; border: 0; transform: rotate(-30deg); opacity: .18;
    font-size: 2.4rem; pointer-events: none; z-index: 1; }
}
@media print {
  @page { margin: 2cm 2.2cm; }
  html, body { background: #fff; color: #000; padding: 0; }
  .sla-document { box-shadow: none; padding: 0; max-width: none; }
  a { color: inherit; }
}
`
    // Column widths of `<col class="wN">`: N percent of the table.
    + Array.from({ length: 100 }, (_, i) => `col.w${i + 1} { width: ${i + 1}%; }`).join('\n') + '\n';
