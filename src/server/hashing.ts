// Hashes for keys and fingerprints, built so that two different inputs cannot share one by
// construction: the parts are length-prefixed (no separator a value could contain can merge two
// parts), and the hash is SHA-256 from the platform (GlideDigest, through the Platform port), cut
// to 128 bits for keys and 64 bits for violation fingerprints. Finding a collision at those widths
// is impractical; the native digest is also far cheaper under Rhino than hashing in JavaScript.

/** SHA-256 of a string as 64 lower-case hex characters (Platform.digest). */
export type Digest = (text: string) => string

/** Each part as its length, a colon and the part itself: "3:abc2:de". Unambiguous for any parts. */
export function lengthPrefixed(parts: string[]): string {
    let out = ''
    for (const p of parts) out += p.length + ':' + p
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
