// Hashes for keys and fingerprints, built so that two different inputs cannot share one by
// construction: the parts are length-prefixed (no separator a value could contain can merge two
// parts), and the hash is SHA-256 from the platform (GlideDigest, through the Platform port), cut
// to 128 bits for keys and 64 bits for violation fingerprints. Finding a collision at those widths
// is impractical; the native digest is also far cheaper under Rhino than hashing in JavaScript.

/** SHA-256 of a string as 64 lower-case hex characters (Platform.digest). */
export type Digest = (text: string) => string

const ANY_SURROGATE = /[\ud800-\udfff]/
/**
 * A run of code units that are no surrogate, or high-low pairs: matches a whole text exactly when
 * no surrogate in it is alone. The two alternatives start with disjoint characters, so a match
 * is one forward pass; under V8 about 2.5 times faster on emoji than a search for a lone surrogate
 * at every position. The engine keeps one backtrack entry per character, so it only ever sees a
 * chunk of at most WELL_FORMED_CHUNK code units (V8 overflows its stack near 8 M, and Rhino's
 * memory grows with the length).
 */
const WELL_FORMED = /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/
const WELL_FORMED_CHUNK = 65536

/**
 * True when no surrogate in `part` is alone, checked chunk by chunk. A chunk that would end
 * between a high surrogate and the unit after it takes that unit too, so no pair is cut; a lone
 * surrogate is found in whichever chunk holds it.
 */
function wellFormed(part: string): boolean {
    let from = 0
    while (from < part.length) {
        let to = Math.min(from + WELL_FORMED_CHUNK, part.length)
        const last = part.charCodeAt(to - 1)
        if (to < part.length && last >= 0xd800 && last <= 0xdbff) to++
        if (!WELL_FORMED.test(part.slice(from, to))) return false
        from = to
    }
    return true
}

/**
 * A part as the digest may see it. The platform digests a string's UTF-8 bytes, where Java writes
 * every lone surrogate as '?': "n\ud800" and "n?" would hash alike. A part holding a lone
 * surrogate is therefore written escaped (Annex B escape: every non-ASCII code unit as %uXXXX),
 * behind a different tag than a part taken as it is, so the encoding stays one-to-one. The costly
 * check runs only when the part holds a surrogate at all.
 */
function digestable(part: string): string {
    if (!ANY_SURROGATE.test(part) || wellFormed(part)) return 'r' + part
    return 'e' + escape(part)
}

/** Each part as its length, a colon and the part itself: "4:rabc3:rde". Unambiguous for any parts. */
export function lengthPrefixed(parts: string[]): string {
    let out = ''
    for (const p of parts) {
        const d = digestable(p)
        out += d.length + ':' + d
    }
    return out
}

/** 32 hex characters (128 bits) naming the parts. */
export function keyHash(digest: Digest, parts: string[]): string {
    return digest(lengthPrefixed(parts)).slice(0, 32)
}

/** 16 hex characters (64 bits): per-Incident sets of violations. */
export function fingerprintOf(digest: Digest, parts: string[]): string {
    return digest(lengthPrefixed(parts)).slice(0, 16)
}
