// The sanitising boundary's own rules, beyond what the hostile-input and fuzz suites show.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INVISIBLE_CHARACTER } from '../src/server/invisible-characters'
import { jsonDepthExceeds, classifyMessage, MAX_JSON_DEPTH, shallowBySiblingJoints } from '../src/server/rhacs-message'
import { cleanKey, cleanLine, cleanText, neutralizeCodeTags } from '../src/server/text-hygiene'
import { fragment, INVISIBLE } from '../tools/gen-invisible-characters'
import { hasCodeTag } from './support/hostile'

describe('[code] in every disguise', () => {
    it('the shipped list of invisible characters covers every one this Node.js knows (regenerate after an upgrade)', () => {
        const shipped = new RegExp('^' + INVISIBLE_CHARACTER + '$')
        const missing: string[] = []
        for (let cp = 0; cp <= 0x10ffff; cp++) {
            if (cp >= 0xd800 && cp <= 0xdfff) continue
            const c = String.fromCodePoint(cp)
            if (INVISIBLE.test(c) && !shipped.test(c)) missing.push(cp.toString(16))
        }
        expect(missing.slice(0, 20)).toEqual([])
        expect(INVISIBLE_CHARACTER).toBe(fragment())
    })

    it('tags with astral tag characters, combining marks, interlinear annotation or Arabic number signs inside are neutralised', () => {
        for (const tag of ['[\u{E0020}code]', '[c\u0301ode]', '[\ufff9code\ufffb]', '[\u0600/code]', '[co\u{1D173}de]', '[c\u{1BCA0}ode]', '[\u20dd code]']) {
            expect(hasCodeTag(tag)).toBe(true)
            expect(hasCodeTag(cleanText(tag, 4000))).toBe(false)
            expect(hasCodeTag(cleanLine(tag, 4000))).toBe(false)
        }
    })

    it('the cheap pre-check never lets a tag through: no invisible character is printable ASCII', () => {
        // neutralizeCodeTags runs the full pattern only where /\[[^\x21-\x7e]*\/?[^\x21-\x7e]*[cC]/
        // matches; that is sound only while every character the pattern may skip is outside U+0021-U+007E.
        const one = new RegExp('^' + INVISIBLE_CHARACTER + '$')
        const skipped: string[] = []
        for (let cp = 0x21; cp < 0x7f; cp++) if (one.test(String.fromCharCode(cp))) skipped.push(String.fromCharCode(cp))
        expect(skipped).toEqual([])
        // And the pre-check is what decides: a tag disguised every way still goes.
        const tag = '[\u200b/\u{E0020}C\u0301\u00adO\ufeffd\u0085E\u2060]'
        expect(hasCodeTag(tag)).toBe(true)
        expect(neutralizeCodeTags(tag)).toBe('(' + tag.slice(1, -1) + ')')
        expect(neutralizeCodeTags('["cat", "-c"] [x]code] [ /c')).toBe('["cat", "-c"] [x]code] [ /c')
    })

    it('is idempotent and keeps ordinary brackets', () => {
        expect(neutralizeCodeTags('[a] [code] [/CODE]')).toBe('[a] (code) (/CODE)')
        const once = cleanLine('x [code]\ny', 100)
        expect(cleanLine(once, 100)).toBe(once)
        expect(cleanKey('a,b^c[d]', 100)).toBe('a;b;c(d)')
    })
})

describe('the depth guard', () => {
    const nest = (n: number) => '{"alert": ' + '['.repeat(n - 1) + ']'.repeat(n - 1) + '}'
    it('accepts 64 levels and refuses 65, wherever the nesting is', () => {
        expect(jsonDepthExceeds(nest(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false)
        expect(jsonDepthExceeds(nest(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true)
        const padded = '{"a": "' + 'x'.repeat(5000) + '", "alert": ' + '['.repeat(70) + ']'.repeat(70) + '}'
        expect(jsonDepthExceeds(padded, MAX_JSON_DEPTH)).toBe(true)
        expect(classifyMessage(nest(MAX_JSON_DEPTH + 1))).toMatchObject({ kind: 'invalid', error: 'too_deep' })
    })

    it('never lets a body deeper than the limit through the sibling-joint shortcut', () => {
        // The exact running depth outside strings: what the parser recurses through.
        const exactDepth = (text: string) => {
            let depth = 0
            let max = 0
            let inString = false
            for (let i = 0; i < text.length; i++) {
                const c = text.charAt(i)
                if (inString) {
                    if (c === '\\') i++
                    else if (c === '"') inString = false
                } else if (c === '"') inString = true
                else if (c === '{' || c === '[') max = Math.max(max, ++depth)
                else if (c === '}' || c === ']') depth--
            }
            return max
        }
        // Many siblings (what the shortcut settles) around a deep spine, joints inside strings too.
        const token = fc.constantFrom('{', '[', '}', ']', ',', '},{', '],[', '},[', '],{', '"},{"', '"\\"', '"x"', ':', '0')
        fc.assert(
            fc.property(fc.array(token, { maxLength: 400 }), fc.integer({ min: 1, max: 12 }), (tokens, limit) => {
                // Padded, so the joint counts (capped at one per 64 characters) are never the limit.
                const text = tokens.join('') + ' '.repeat(64 * 400)
                if (exactDepth(text) > limit) expect(jsonDepthExceeds(text, limit)).toBe(true)
            }),
            { numRuns: 4000 },
        )
        // Valid JSON: the exact answer either way.
        fc.assert(
            fc.property(fc.json({ depthSize: 'large', maxDepth: 14 }), fc.integer({ min: 1, max: 10 }), (text, limit) => {
                expect(jsonDepthExceeds(text, limit)).toBe(exactDepth(text) > limit)
            }),
            { numRuns: 3000 },
        )
        // The CVE shape the shortcut exists for: 5,000 siblings of RHACS's size (a violation is
        // about 190 characters), 3 levels: settled by the joint count, not the scan.
        const message = (i: number) => 'Fixable CVE-2024-' + (10000 + i) + ' (CVSS 9.8) (severity Critical) found in component openssl-libs'
        const siblings = '{"alert":{"violations":[' + Array.from({ length: 5000 }, (_, i) => '{"message":"' + message(i) + '"}').join(',') + ']}}'
        expect(shallowBySiblingJoints(siblings, MAX_JSON_DEPTH)).toBe(true)
        expect(jsonDepthExceeds(siblings, MAX_JSON_DEPTH)).toBe(false)
        const deep = siblings.replace('{"message"', '{"x":' + '['.repeat(65) + ']'.repeat(65) + ',"message"')
        expect(shallowBySiblingJoints(deep, MAX_JSON_DEPTH)).toBe(false)
        expect(jsonDepthExceeds(deep, MAX_JSON_DEPTH)).toBe(true)
        // Joints stuffed into a string: "}" is denser than one per 64 characters, so the joint step
        // is skipped (its search would stop at every "}") and the exact scan answers.
        const stuffed = '{"alert":{"policy":{"name":"' + '},{'.repeat(300000) + '"},"x":' + '['.repeat(65) + ']'.repeat(65) + '}}'
        expect(shallowBySiblingJoints(stuffed, MAX_JSON_DEPTH)).toBe(false)
        expect(jsonDepthExceeds(stuffed, MAX_JSON_DEPTH)).toBe(true)
        // Two levels (alert, the top object) plus 62 arrays: exactly the limit.
        expect(jsonDepthExceeds(stuffed.replace('['.repeat(65), '['.repeat(62)).replace(']'.repeat(65), ']'.repeat(62)), MAX_JSON_DEPTH)).toBe(false)
    })

    it('brackets inside strings do not count, escaped quotes included', () => {
        const inString = '{"alert": {"id": "' + '['.repeat(500) + '\\"' + '{'.repeat(500) + '", "policy": {"name": "p"}}}'
        expect(jsonDepthExceeds(inString, MAX_JSON_DEPTH)).toBe(false)
        expect(classifyMessage(inString).kind).toBe('alert')
    })
})
