// Every test runs against a Glide fake that is as strict as the platform: a write to a column the
// table does not have, a condition the platform would drop, a value longer than its column, a
// journal entry written with setValue... each is recorded as a violation (tools/glide-fake). The
// platform would lose those silently; here the test that caused one fails. A test that provokes
// one on purpose takes it with fakeInstance.takeViolations().
import { afterEach } from 'vitest'
import { fakeInstance } from '../../tools/glide-fake/index'
import { installNodeDigest } from '../../tools/node-digest'

installNodeDigest()

afterEach(() => {
    const violations = fakeInstance.takeViolations()
    if (violations.length > 0) throw new Error('The Glide fake recorded what the platform would silently lose:\n- ' + violations.join('\n- '))
})
