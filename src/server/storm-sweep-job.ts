// Scheduled job entry (every 5 minutes): ends storms that no new alert came to end.

import { GlidePlatform } from './glide-platform.ts'
import { sweepStorms } from './storm-recovery.ts'

export function runStormSweep(): number {
    const platform = new GlidePlatform()
    const ended = sweepStorms(platform)
    if (ended > 0) platform.info('RHACS storm sweep: ended ' + ended + (ended === 1 ? ' storm.' : ' storms.'))
    return ended
}
