// The Glide fake's GlideDigest on node:crypto: the same output as its pure-JavaScript SHA-256 over
// Java's UTF-8 (a lone surrogate is '?'), faster. Installed by tools/local-instance.ts (preview,
// benchmarks, tests); never shipped, never loaded in Rhino (which gets java.security.MessageDigest).
import { createHash } from 'node:crypto'
import { javaUtf8, setDigestBackend } from './glide-fake/index'

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/

export function nodeSha256Hex(text: string): string {
    const bytes = LONE.test(text) ? Buffer.from(javaUtf8(text)) : Buffer.from(text, 'utf8')
    return createHash('sha256').update(bytes).digest('hex').toUpperCase()
}

export function installNodeDigest(): void {
    setDigestBackend(nodeSha256Hex)
}
