// The retention job: deletes RHACS delivery rows older than the retention property's days.
// The cut-off is computed here (pure); the deletion is one deleteMultiple on the instance.

import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { readConfig } from './app-properties'
import { DELIVERY_TABLE } from './platform-port'
import { toGlideDateTime } from './rhacs-time'

export const DAY_MS = 86400000

/** GlideDateTime value before which delivery rows are removed. */
export function retentionCutoff(nowMs: number, retentionDays: number): string {
    return toGlideDateTime(nowMs - retentionDays * DAY_MS)
}

export function purgeOldDeliveries(): number {
    const { config, warnings } = readConfig((name) => {
        const v = gs.getProperty(name, null)
        return v === null || v === undefined ? null : String(v)
    })
    for (const w of warnings) gs.warn(w)
    const cutoff = retentionCutoff(new GlideDateTime().getNumericValue(), config.retentionDays)
    const gr = new GlideRecord(DELIVERY_TABLE)
    gr.addQuery('received', '<', cutoff)
    gr.query()
    const count = gr.getRowCount()
    // deleteMultiple on the same query: attachments of deleted rows are removed by the
    // platform's orphaned-attachment cleanup.
    const doomed = new GlideRecord(DELIVERY_TABLE)
    doomed.addQuery('received', '<', cutoff)
    doomed.deleteMultiple()
    gs.info('RHACS deliveries retention: removed ' + count + ' rows received before ' + cutoff + ' UTC (' + config.retentionDays + ' days).')
    return count
}
