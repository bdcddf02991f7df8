// Time spent inside the Glide fake, so a delivery's time can be split into the handler's own
// work and the fake's. The fake keeps tables as arrays and scans them on every insert and query,
// so on a large deliveries table its share grows with the stream and says nothing about the
// handler (on an instance that work is the database's, behind indexes).

import { GlideAggregate, GlideDigest, GlideRecord, GlideSysAttachment } from '../glide-fake/index'
import { nowMs } from './measure'

type Method = (this: unknown, ...args: unknown[]) => unknown

let spentMs = 0
// Only the outermost call is timed, should one wrapped method ever call another.
let depth = 0

function wrap(proto: object, name: string): () => void {
    const target = proto as { [name: string]: Method }
    const original = target[name]
    target[name] = function (this: unknown, ...args: unknown[]): unknown {
        depth += 1
        const t0 = depth === 1 ? nowMs() : 0
        try {
            return original.apply(this, args)
        } finally {
            if (depth === 1) spentMs += nowMs() - t0
            depth -= 1
        }
    }
    return () => {
        target[name] = original
    }
}

/** Total milliseconds spent in the fake's record operations since timing was installed. */
export function fakeTimeMs(): number {
    return spentMs
}

/** Wraps every record operation the platform layer calls; returns the undo. */
export function timeTheFake(): () => void {
    spentMs = 0
    const undo = [
        ...['query', 'get', 'insert', 'update', 'deleteRecord', 'deleteMultiple'].map((m) => wrap(GlideRecord.prototype, m)),
        wrap(GlideAggregate.prototype, 'query'),
        wrap(GlideSysAttachment.prototype, 'write'),
        // Java on the instance; node:crypto here.
        wrap(GlideDigest.prototype, 'getSHA256Hex'),
    ]
    return () => undo.forEach((u) => u())
}
