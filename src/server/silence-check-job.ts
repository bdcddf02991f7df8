// Scheduled job entry (every 15 minutes): the silence alarm (silence-check.ts).

import { GlidePlatform } from './glide-platform.ts'
import { checkSilence } from './silence-check.ts'

export function runSilenceCheck(): boolean {
    return checkSilence(new GlidePlatform()).warned
}
