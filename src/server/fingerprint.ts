// A short, stable, dependency-free hash for dedup keys and violation fingerprints.
// FNV-1a, two 32-bit lanes with different offsets. Math.imul is exact 32-bit multiplication in
// every engine that runs the app (the Rhino suite checks the pinned values of test/text-and-time).

function fnv1a32(text: string, seed: number): number {
    let h = seed >>> 0
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i)
        h = Math.imul(h, 16777619) >>> 0
    }
    return h >>> 0
}

function hex8(n: number): string {
    return n.toString(16).padStart(8, '0')
}

/** 16 hex characters. */
export function fingerprint64(text: string): string {
    return hex8(fnv1a32(text, 0x811c9dc5)) + hex8(fnv1a32(text, 0x01000193 ^ 0x5bd1e995))
}

/** 8 hex characters, for per-incident sets where a 32-bit space is ample. */
export function fingerprint32(text: string): string {
    return hex8(fnv1a32(text, 0x811c9dc5))
}
