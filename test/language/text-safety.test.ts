/** Text made safe for a terminal: JSON keeps its meaning, a terminal never receives a control it would obey. */
import { expect, test } from 'vitest';
import { terminalSafe, terminalSafeJson } from '../../packages/language/src/text-safety.js';

const HOSTILE = 'A\u001b]0;pwned\u0007\u007f\u009b2J\u202eB\u2066C\r';
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test('JSON for a terminal reads back as the same text and holds no raw control character', () => {
    const json = terminalSafeJson(JSON.stringify({ name: HOSTILE }, undefined, 2));
    expect(json).not.toMatch(OBEYED);
    expect(json).toContain('\\u009b2J\\u202eB\\u2066C');
    expect(JSON.parse(json)).toEqual({ name: HOSTILE });
});

test('plain text for a terminal shows each control as an escape', () => {
    expect(terminalSafe(HOSTILE)).toBe('A\\x1b]0;pwned\\x07\\x7f\\x9b2J\\u202eB\\u2066C\\r');
});
