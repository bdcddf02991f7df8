// The digest the Glide edge hands the pure modules (SHA-256, lower-case hex), for tests that call
// those modules directly.
import { nodeSha256Hex } from '../../tools/node-digest'

export const testDigest = (text: string): string => nodeSha256Hex(text).toLowerCase()
