// The one sanitising boundary for text that leaves the app: every value written to a record
// (record-fields.ts, applied by the Glide edge), every string in a response body (alert-route.ts)
// and every log line (glide-platform.ts) passes one function here for its kind of field. The
// formatting modules may call the same functions earlier (they are idempotent); no path can skip
// the boundary.
//
// Linear time on any input: each function cuts its input to a bound derived from the field's
// limit before transforming it, so a 1 MB value costs what its first few thousand characters cost.

import { INVISIBLE_CHARACTER } from './invisible-characters.ts'
import { truncate } from './text-limits.ts'

export type FieldKind = 'text' | 'line' | 'key' | 'data' | 'log' | 'raw'

/**
 * Characters that must not hide a `[code]` tag: every control, format character (zero-width,
 * bidi controls, BOM, tag characters), combining or enclosing mark, separator (NEL U+0085 is a
 * line break to Unicode and to HTML handling, but not in JS `\s`), the Hangul fillers, and
 * U+FFF0-U+FFF8: the generated fragment in invisible-characters.ts, BMP and astral alike.
 */
const IGNORABLE = INVISIBLE_CHARACTER + '*'
/** `[`, any ignorables, an optional `/`, and the letters of "code" with ignorables between, then `]`.
 * The class lists combining marks (variation selectors, CGJ) on purpose, one code unit each. */
const CODE_TAG_SOURCE =
    '\\[(' + IGNORABLE + '(?:\\/' + IGNORABLE + ')?[cC]' + IGNORABLE + '[oO]' + IGNORABLE + '[dD]' + IGNORABLE + '[eE]' + IGNORABLE + ')\\]'
/**
 * Compiled on first need, not when the module loads: the source is several kilobytes of character
 * classes, and Rhino compiles a `new RegExp` afresh in every transaction that evaluates this
 * module, while almost no text ever needs it (see MAYBE_CODE_TAG).
 */
let codeTag: RegExp | null = null
/**
 * A necessary condition for CODE_TAG, cheap on any engine: a `[`, then only characters outside
 * printable ASCII (every ignorable character is one), optionally a `/` and more of them, then `c`
 * or `C`. Ordinary text (`["cat", ...]`, `[abc]`) fails it at once. Linear: `/` is outside the
 * class, so the run after a `[` splits one way only (an optional `/` between two starred copies of
 * the class would try every split: quadratic), and a scan from one `[` stops at the first
 * printable ASCII character, and the next `[` is one.
 */
const MAYBE_CODE_TAG = /\[[^\x21-\x7e]*(?:\/[^\x21-\x7e]*)?[cC]/

/** C0 and C1 controls and DEL, except tab and line feed. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
/** Everything a single-line field must not hold: every control, and Unicode line/paragraph separators. */
// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
/** A surrogate that is not half of a pair: the database cannot store it; U+FFFD takes its place. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|([^\ud800-\udbff]|^)[\udc00-\udfff]/g
/** The fast path: text with none of these needs no cleaning beyond its length. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029[\ud800-\udfff]/

/**
 * How much of the input to keep before transforming it: cleaning only ever keeps or shortens text
 * (and folding whitespace shortens it), so beyond this nothing can reach the field. The slack lets
 * folded whitespace and removed controls be replaced by later characters.
 */
function workBound(max: number): number {
    return max * 2 + 64
}

/**
 * The first characters of a payload value, before it is joined with others into one text: a
 * 1 MB name must not make every line that names it cost a 1 MB copy. Far more than any field shows.
 */
export function clip(text: string, max: number = 2048): string {
    return text.length > max ? text.slice(0, max) : text
}

/** `[code]`/`[/code]` in any case, with any ignorable character inside, can never open: `[` becomes `(`. */
export function neutralizeCodeTags(text: string): string {
    if (text.indexOf('[') < 0 || !MAYBE_CODE_TAG.test(text)) return text
    if (codeTag === null) codeTag = new RegExp(CODE_TAG_SOURCE, 'g')
    const tag = codeTag
    tag.lastIndex = 0
    let out = text
    let previous = ''
    // Until stable: removing one tag must not assemble another ("[co[code]de]").
    while (previous !== out) {
        previous = out
        out = out.replace(tag, '($1)')
    }
    return out
}

function fixSurrogates(text: string): string {
    return text.replace(LONE_SURROGATE, (_m, before) => (before ?? '') + '\ufffd')
}

/** Multi-line text (description, work notes, close notes): LF line ends, tabs kept, no other control. */
export function cleanText(value: string, max: number): string {
    const cut = value.length > workBound(max) ? value.slice(0, workBound(max)) : value
    let out = cut
    if (NEEDS_WORK.test(out)) {
        out = out.replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n').replace(CONTROLS, '')
        out = fixSurrogates(out)
    }
    out = neutralizeCodeTags(out)
    return truncate(out, max, undefined, cut.length < value.length)
}

/**
 * One line: every line break, tab or control becomes a space, runs of spaces fold into one, the
 * ends are trimmed. For names, ids and every `Label: value` line of the description.
 */
export function cleanLine(value: string, max: number): string {
    const cut = value.length > workBound(max) ? value.slice(0, workBound(max)) : value
    let out = cut
    if (NEEDS_WORK.test(out)) out = fixSurrogates(out.replace(LINE_BREAKING, ' '))
    if (/\s\s|^\s|\s$/.test(out)) out = out.replace(/\s+/g, ' ').trim()
    out = neutralizeCodeTags(out)
    return truncate(out, max, undefined, cut.length < value.length)
}

/**
 * Keys (correlation ids, dedup keys, claims, sys_ids): printable ASCII only, never `,` or `^`
 * (separators of IN lists and encoded queries), never a bracket. Built already clean by
 * correlation-key.ts; cleaning here changes nothing for them, and catches anything else.
 */
export function cleanKey(value: string, max: number): string {
    const cut = value.length > max ? value.slice(0, max) : value
    if (!/[^\x21-\x7e]|[,^[\]]/.test(cut)) return cut
    return cut
        .replace(/[^\x20-\x7e]/g, '?')
        .replace(/[,^]/g, ';')
        .replace(/\[/g, '(')
        .replace(/\]/g, ')')
        .replace(/\s+/g, ' ')
        .trim()
}

/** Machine-written ASCII data (the dedup state): printable ASCII, no code tag, cut at the column. */
export function cleanData(value: string, max: number): string {
    const cut = value.length > max ? value.slice(0, max) : value
    return neutralizeCodeTags(/[^\x20-\x7e]/.test(cut) ? cut.replace(/[^\x20-\x7e]/g, '?') : cut)
}

/** A log line: always one line, whatever the message or the payload text in it. */
export function cleanLog(value: string, max: number = 4000): string {
    return cleanLine(value, max)
}

/** Sanitises a value for a field of the given kind and length. `raw` (the body as received) is only cut. */
export function cleanFor(kind: FieldKind, value: string, max: number): string {
    switch (kind) {
        case 'text':
            return cleanText(value, max)
        case 'line':
            return cleanLine(value, max)
        case 'key':
            return cleanKey(value, max)
        case 'data':
            return cleanData(value, max)
        case 'log':
            return cleanLog(value, max)
        case 'raw':
            return value.length > max ? value.slice(0, max) : value
    }
}
