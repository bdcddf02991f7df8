// GlideDateTime on the fake clock. Values are UTC `yyyy-MM-dd HH:mm:ss`, as getValue() returns them.

import { fakeInstance, glideValueOf } from './instance'

export class GlideDateTime {
    private ms: number

    constructor(value?: string) {
        if (value === undefined) {
            this.ms = fakeInstance.now()
        } else {
            const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value)
            // The platform answers an unparseable value with an invalid date; so does the fake.
            this.ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN
        }
    }

    getNumericValue(): number {
        return this.ms
    }

    setNumericValue(ms: number): void {
        this.ms = ms
    }

    getValue(): string {
        return isNaN(this.ms) ? '' : glideValueOf(this.ms)
    }

    addSeconds(seconds: number): void {
        this.ms += seconds * 1000
    }

    addDaysUTC(days: number): void {
        this.ms += days * 86400000
    }
}
