// The fake's GlideDigest has three backends (pure JavaScript, node:crypto, Java's MessageDigest in
// the Rhino harness). They must agree byte for byte, including the one place where the platform's
// UTF-8 differs from Node's: a lone surrogate, which Java writes as '?' and Node as U+FFFD.
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GlideDigest, javaUtf8, setDigestBackend, sha256Hex } from '../tools/glide-fake/index'
import { installNodeDigest, nodeSha256Hex } from '../tools/node-digest'

const pureJs = (text: string) => sha256Hex(javaUtf8(text))

describe('GlideDigest on the fake', () => {
    it('matches the FIPS 180-2 vectors (empty, one block, two blocks)', () => {
        expect(pureJs('')).toBe('E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855')
        expect(pureJs('abc')).toBe('BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD')
        expect(pureJs('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
            '248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1',
        )
    })

    it('pads at every block boundary like node:crypto (lengths 0..200)', () => {
        for (let n = 0; n <= 200; n++) {
            const text = 'x'.repeat(n)
            expect(pureJs(text)).toBe(createHash('sha256').update(text).digest('hex').toUpperCase())
        }
    })

    it('encodes a lone surrogate as "?" (Java) and a proper pair as four bytes', () => {
        expect(javaUtf8('a\ud800b')).toEqual([0x61, 0x3f, 0x62])
        expect(javaUtf8('\udc00')).toEqual([0x3f])
        expect(javaUtf8('\ud83d\ude00')).toEqual([0xf0, 0x9f, 0x98, 0x80])
        expect(javaUtf8('é€')).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac])
        expect(pureJs('n\ud800')).toBe(pureJs('n?'))
    })

    it('has a pure-JavaScript and a node:crypto backend that agree on any string', () => {
        fc.assert(
            fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => pureJs(text) === nodeSha256Hex(text)),
            { numRuns: 500 },
        )
        fc.assert(
            fc.property(fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (text) =>
                pureJs(text) === nodeSha256Hex(text),
            ),
            { numRuns: 500 },
        )
    })

    it('returns the installed backend through GlideDigest.getSHA256Hex', () => {
        try {
            setDigestBackend(() => 'STUB')
            expect(new GlideDigest().getSHA256Hex('x')).toBe('STUB')
            setDigestBackend(null)
            expect(new GlideDigest().getSHA256Hex('abc')).toBe(pureJs('abc'))
        } finally {
            installNodeDigest()
        }
    })
})
