import type { AstNode, DiagnosticInfo, Properties, ValidationAcceptor, ValidationSeverity } from 'langium';

/** Reports a diagnostic with its stable code in both `code` and `data.code` (code actions read `data`). */
export function report<N extends AstNode>(
    accept: ValidationAcceptor, severity: ValidationSeverity, code: string, message: string,
    info: Omit<DiagnosticInfo<N, Properties<N>>, 'code' | 'data'>, data: Record<string, unknown> = {}
): void {
    accept(severity, message, { ...info, code, data: { ...data, code } } as DiagnosticInfo<N, Properties<N>>);
}

/** The 1-based line a node starts on, for messages that point at another place ("the tier on line 41"). */
export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
