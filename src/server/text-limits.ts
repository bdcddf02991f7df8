// Field limits of the incident table, and deterministic truncation with a visible marker.

export const SHORT_DESCRIPTION_MAX = 160
export const DESCRIPTION_MAX = 4000
export const CORRELATION_ID_MAX = 100
export const WORK_NOTE_MAX = 4000

export const TRUNCATION_MARKER = ' …[truncated]'

/**
 * Cuts text to at most `max` characters, ending in a visible marker when anything was cut (or when
 * the caller already cut it: `alreadyCut`). Deterministic: the same input always gives the same
 * output. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number, marker: string = TRUNCATION_MARKER, alreadyCut: boolean = false): string {
    if (text.length <= max && !alreadyCut) return text
    if (max <= marker.length) return marker.slice(0, max)
    let cut = Math.min(text.length, max - marker.length)
    const code = text.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1
    return text.slice(0, cut) + marker
}
