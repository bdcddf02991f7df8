import { describe, expect, it } from 'vitest'
import { fingerprint32, fingerprint64 } from '../src/server/fingerprint'
import { glideDateTimeToMs, parseTimestamp, timestampSortKey, toGlideDateTime } from '../src/server/rhacs-time'
import { lineValue, sanitizeText, truncate, TRUNCATION_MARKER } from '../src/server/text-limits'

describe('truncate', () => {
    it('leaves text within the limit alone', () => {
        expect(truncate('abc', 3)).toBe('abc')
    })
    it('cuts to exactly the limit and ends in the visible marker', () => {
        const out = truncate('x'.repeat(200), 160)
        expect(out).toHaveLength(160)
        expect(out.endsWith(TRUNCATION_MARKER)).toBe(true)
    })
    it('is deterministic and never splits a surrogate pair', () => {
        const text = 'a'.repeat(146) + '😀'.repeat(20)
        const out = truncate(text, 160)
        expect(out).toBe(truncate(text, 160))
        expect(out.length).toBeLessThanOrEqual(160)
        expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(out)).toBe(false)
    })
})

describe('sanitizeText', () => {
    it('never lets payload text open or close a [code] block, whatever the case or spacing', () => {
        for (const hostile of ['[code]<img src=x onerror=alert(1)>[/code]', '[CODE]x[/Code]', '[ code ]x[ / code ]', '[co[code]de]']) {
            expect(sanitizeText(hostile).toLowerCase()).not.toMatch(/\[\s*\/?\s*code\s*\]/)
        }
        expect(sanitizeText('[code]x[/code]')).toBe('(code)x(/code)')
    })
    it('drops control characters and normalises line ends', () => {
        expect(sanitizeText('a\u0000b\u0007c\r\nd\re')).toBe('abc\nd\ne')
    })
    it('lineValue folds newlines into one line', () => {
        expect(lineValue('  a\n  b \n c  ')).toBe('a b c')
    })
})

describe('RFC 3339 timestamps', () => {
    it('parses 0, 3, 6 and 9 fractional digits', () => {
        expect(parseTimestamp('2026-02-12T15:22:22Z')).toEqual({ ms: Date.UTC(2026, 1, 12, 15, 22, 22), subMsNanos: 0 })
        expect(parseTimestamp('2026-02-12T15:22:22.276Z')?.ms).toBe(Date.UTC(2026, 1, 12, 15, 22, 22, 276))
        expect(parseTimestamp('2026-02-12T15:22:22.276480Z')?.subMsNanos).toBe(480000)
        expect(parseTimestamp('2026-02-12T15:22:22.276480996Z')).toEqual({ ms: Date.UTC(2026, 1, 12, 15, 22, 22, 276), subMsNanos: 480996 })
    })
    it('applies offsets and rejects what is not a timestamp', () => {
        expect(parseTimestamp('2026-02-12T16:22:22+01:00')?.ms).toBe(Date.UTC(2026, 1, 12, 15, 22, 22))
        expect(parseTimestamp('yesterday')).toBeNull()
        expect(parseTimestamp('2026-13-01T00:00:00Z')).toBeNull()
        expect(timestampSortKey('')).toBe('')
    })
    it('sort keys order instants to the nanosecond', () => {
        const a = timestampSortKey('2026-02-12T15:22:22.276480996Z')
        const b = timestampSortKey('2026-02-12T15:22:22.276480997Z')
        const c = timestampSortKey('2026-02-12T15:22:23Z')
        expect(a < b && b < c).toBe(true)
    })
    it('renders GlideDateTime values in UTC', () => {
        expect(toGlideDateTime(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02 03:04:05')
    })
})

describe('fingerprints', () => {
    it('are stable, fixed-length hex and differ for different input', () => {
        expect(fingerprint64('abc')).toMatch(/^[0-9a-f]{16}$/)
        expect(fingerprint64('abc')).toBe(fingerprint64('abc'))
        expect(fingerprint64('abc')).not.toBe(fingerprint64('abd'))
        expect(fingerprint32('abc')).toMatch(/^[0-9a-f]{8}$/)
        // Pinned values: a change in the hash would silently break dedup across an upgrade.
        expect(fingerprint32('')).toBe('811c9dc5')
        expect(fingerprint32('a')).toBe('e40c292c')
    })
})

describe('GlideDateTime values', () => {
    it('round-trip between epoch milliseconds and the UTC value format', () => {
        const ms = Date.UTC(2026, 1, 12, 15, 30, 7)
        expect(glideDateTimeToMs(toGlideDateTime(ms))).toBe(ms)
        expect(glideDateTimeToMs('2026-02-12T15:30:07Z')).toBe(0)
    })
})
