// RFC 3339 timestamps as RHACS writes them (UTC, 0/3/6/9 fractional digits), parsed by hand:
// the instance's engine does not parse every format V8 does, so no Date string parsing here.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/

export interface ParsedTimestamp {
    /** Milliseconds since the epoch. */
    ms: number
    /** Nanoseconds below the millisecond, 0..999999. */
    subMsNanos: number
}

export function parseTimestamp(text: string): ParsedTimestamp | null {
    const m = RFC3339.exec(text.trim())
    if (m === null) return null
    const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]))
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null
    const fraction = ((m[7] ?? '') + '000000000').slice(0, 9)
    let ms = Date.UTC(year, month - 1, day, hour, minute, second) + Number(fraction.slice(0, 3))
    if (m[9] !== undefined) {
        const offset = (Number(m[10]) * 60 + Number(m[11])) * 60000
        ms += m[9] === '+' ? -offset : offset
    }
    if (!isFinite(ms)) return null
    return { ms, subMsNanos: Number(fraction.slice(3)) }
}

/** A string that sorts like the instant it names; '' for text that is no timestamp. */
export function timestampSortKey(text: string): string {
    const t = parseTimestamp(text)
    if (t === null) return ''
    return String(t.ms).padStart(15, '0') + String(t.subMsNanos).padStart(6, '0')
}

/** A GlideDateTime value (`yyyy-MM-dd HH:mm:ss`, UTC) as epoch milliseconds; 0 when malformed. */
export function glideDateTimeToMs(value: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value)
    return m === null ? 0 : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
}

/** Epoch milliseconds as the platform's GlideDateTime value format, UTC: `yyyy-MM-dd HH:mm:ss`. */
export function toGlideDateTime(ms: number): string {
    const d = new Date(ms)
    const p = (n: number, w: number = 2) => String(n).padStart(w, '0')
    return (
        p(d.getUTCFullYear(), 4) + '-' + p(d.getUTCMonth() + 1) + '-' + p(d.getUTCDate()) + ' ' +
        p(d.getUTCHours()) + ':' + p(d.getUTCMinutes()) + ':' + p(d.getUTCSeconds())
    )
}
