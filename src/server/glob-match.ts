// Glob patterns of the routing rules: `*` any run of characters (none included), `?` exactly one,
// everything else itself; a pattern matches the whole value, case-insensitively (RHACS policy
// scopes match whole values without case, and cluster names are free text). Several patterns in
// one field are separated by commas: any one matching is enough. No regular expressions: a
// pattern cannot be slow, and the same code answers alike on every engine.

/** Longer patterns are not routing conditions: a rule column holds 255 characters. */
export const PATTERN_MAX = 255

/**
 * Longer values (a 1 MB annotation, a namespace no cluster accepts) match only a pattern of `*`
 * alone: matching costs up to pattern × value steps, and no routing condition is about such values.
 */
export const VALUE_MAX = 1024

/**
 * Characters no glob uses and regular expressions do: a pattern holding one was most likely
 * written as a regex (`payments-.+`, `^prod$`, `[a-z]*`) and would silently never match.
 */
const REGEX_LOOKING = /[[\]{}()\\^$|+]/

export type GlobList = { patterns: string[] } | { error: string }

/**
 * A field of comma-separated patterns: trimmed, lower-cased, empty entries dropped. An empty field
 * is an empty list (the condition holds for everything); a bad pattern is an error that names it.
 */
export function parseGlobList(field: string): GlobList {
    const patterns: string[] = []
    if (field.length > PATTERN_MAX) return { error: 'a pattern list longer than ' + PATTERN_MAX + ' characters' }
    for (const part of field.split(',')) {
        const p = part.trim()
        if (p === '') continue
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f\u007f]/.test(p)) return { error: 'a control character in the pattern "' + p.replace(/[\u0000-\u001f\u007f]/g, '?') + '"' }
        if (REGEX_LOOKING.test(p)) return { error: 'the pattern "' + p + '" looks like a regular expression (use * and ? only)' }
        patterns.push(p.toLowerCase())
    }
    return { patterns }
}

/**
 * Whether a lower-cased pattern matches the whole value (case-insensitive). Iterative with one
 * backtrack point (the last `*`), so at most pattern length × value length steps, never
 * exponential.
 */
export function globMatches(pattern: string, value: string): boolean {
    if (value.length > VALUE_MAX) return /^\**$/.test(pattern)
    const v = value.toLowerCase()
    let p = 0
    let i = 0
    let star = -1
    let resume = 0
    while (i < v.length) {
        const c = p < pattern.length ? pattern.charAt(p) : ''
        if (c === '*') {
            star = p
            resume = i
            p += 1
        } else if (c !== '' && (c === '?' || c === v.charAt(i))) {
            p += 1
            i += 1
        } else if (star >= 0) {
            // Let the last `*` take one more character, and retry after it.
            p = star + 1
            resume += 1
            i = resume
        } else {
            return false
        }
    }
    while (p < pattern.length && pattern.charAt(p) === '*') p += 1
    return p === pattern.length
}

/** Any of the patterns matches any of the values; an empty pattern list matches everything. */
export function anyGlobMatches(patterns: string[], values: string[]): boolean {
    if (patterns.length === 0) return true
    for (const p of patterns) {
        for (const v of values) if (globMatches(p, v)) return true
    }
    return false
}
