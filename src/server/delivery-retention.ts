// The retention job: deletes RHACS delivery rows older than the retention property's days.
// The cut-off is computed here (pure); the deletion is one deleteMultiple on the instance.

import { GlideAggregate, GlideRecord, GlideSysAttachment } from '@servicenow/glide'
import { readConfig } from './app-properties.ts'
import { GlidePlatform } from './glide-platform.ts'
import { addCount, countOf } from './glide-values.ts'
import { DELIVERY_TABLE } from './platform-port.ts'
import { toGlideDateTime } from './rhacs-time.ts'

export const DAY_MS = 86400000

/** GlideDateTime value before which delivery rows are removed. */
export function retentionCutoff(nowMs: number, retentionDays: number): string {
    return toGlideDateTime(nowMs - retentionDays * DAY_MS)
}

export function purgeOldDeliveries(): number {
    const platform = new GlidePlatform()
    const { config, warnings } = readConfig((name) => platform.readProperty(name))
    for (const w of warnings) platform.warn(w)
    const cutoff = retentionCutoff(platform.nowMs(), config.retentionDays)
    const count = new GlideAggregate(DELIVERY_TABLE)
    count.addQuery('received', '<', cutoff)
    addCount(count)
    count.query()
    const doomedRows = count.next() ? countOf(count) : 0
    // Whole raw bodies were attached: delete them explicitly, nothing else would.
    const attached = new GlideRecord(DELIVERY_TABLE)
    attached.addQuery('received', '<', cutoff)
    attached.addQuery('raw_body_attached', true)
    attached.query()
    const attachments = new GlideSysAttachment()
    let files = 0
    while (attached.next()) {
        const list = attachments.getAttachments(DELIVERY_TABLE, attached.getUniqueValue())
        while (list.next()) {
            attachments.deleteAttachment(list.getUniqueValue())
            files++
        }
    }
    const doomed = new GlideRecord(DELIVERY_TABLE)
    doomed.addQuery('received', '<', cutoff)
    doomed.deleteMultiple()
    platform.info('RHACS deliveries retention: removed ' + doomedRows + ' rows and ' + files + ' attached bodies received before ' + cutoff + ' UTC (' + config.retentionDays + ' days).')
    return doomedRows
}
