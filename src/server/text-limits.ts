// Field limits of the incident table and the text hygiene every payload string goes through.

export const SHORT_DESCRIPTION_MAX = 160
export const DESCRIPTION_MAX = 4000
export const CORRELATION_ID_MAX = 100
export const WORK_NOTE_MAX = 4000

export const TRUNCATION_MARKER = ' …[truncated]'

/**
 * Cuts text to at most `max` characters, ending in a visible marker when anything was cut.
 * Deterministic: the same input always gives the same output. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number, marker: string = TRUNCATION_MARKER): string {
    if (text.length <= max) return text
    if (max <= marker.length) return marker.slice(0, max)
    let cut = max - marker.length
    const code = text.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1
    return text.slice(0, cut) + marker
}

/**
 * Makes payload text safe for an incident field or a journal entry:
 * - `[code]` / `[/code]` (any case, any inner spacing) can never appear, so text from RHACS
 *   can never switch a journal field into HTML;
 * - control characters other than tab and newline are dropped; CR LF becomes LF.
 */
export function sanitizeText(text: string): string {
    // Fast path: most payload text has no control character and no '['.
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u0008\u000b-\u001f\u007f[]/.test(text)) return text
    let out = text.replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    out = out.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    // Repeat until stable: removing one tag must not assemble another ("[co[code]de]").
    let previous = ''
    while (previous !== out) {
        previous = out
        // One unambiguous path through the whitespace: no backtracking blow-up on long runs.
        out = out.replace(/\[(\s*(?:\/\s*)?code\s*)\]/gi, '($1)')
    }
    return out
}

/** One-line value for a `Label: value` line: sanitized, newlines folded, capped. */
export function lineValue(text: string, max: number = 1000): string {
    // split/trim rather than /\s*\n\s*/: that regex backtracks quadratically on long blank runs,
    // and a command line from `kubectl exec` is attacker-controlled.
    const lines = sanitizeText(text).split('\n')
    const kept: string[] = []
    for (const l of lines) {
        const t = l.trim()
        if (t !== '') kept.push(t)
    }
    return truncate(kept.join(' '), max)
}
