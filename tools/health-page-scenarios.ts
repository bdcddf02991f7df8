// Instances for the health page in a browser: each scenario builds the Glide fake's state through
// the real route and handler, then answers GET /health with the document the real health route
// computes on it, wrapped as the Scripted REST framework wraps a setBody answer ({"result": …}).
// Shared by the browser test (test/health-page.test.ts) and the screenshot (tools/screenshot.ts).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runSilenceCheck } from '../src/server/silence-check-job'
import { fakeInstance } from './glide-fake/index'
import type { HealthAnswer } from './health-page-server'
import { ROOT } from './health-page-server'
import { deliver, health, resetInstance } from './local-instance'

const MINUTE = 60000
const HOUR = 60 * MINUTE

function fixture(name: string): string {
    return readFileSync(join(ROOT, 'test/fixtures', name), 'utf8')
}

/** A deploy-time alert of one policy on deployment `name`: each name is a new problem. */
function latestTag(name: string): string {
    return JSON.stringify({
        alert: {
            id: 'page-' + name,
            policy: { id: 'policy-latest-tag', name: 'Latest tag', severity: 'MEDIUM_SEVERITY' },
            clusterName: 'prod',
            namespace: 'shop',
            deployment: { name, type: 'Deployment' },
            violations: [{ message: "Container 'app' has image with tag 'latest'" }],
            time: '2026-02-12T10:00:00Z',
        },
    })
}

function answer(): HealthAnswer {
    const result = health()
    return { status: result.status, body: { result: result.body } }
}

/**
 * Four hours of traffic (the clock starts at 2026-02-12 15:30 UTC): the Test button (15:00 hour),
 * an exec alert and a refused body (16:00), a storm of one policy (17:00: 3 created, 4 absorbed),
 * an update and its replay (18:00); "now" is 18:45, five minutes after the last delivery.
 */
function fourHours(): void {
    resetInstance({ 'x_rhacs_snow.storm.policy_budget': '3' })
    deliver(fixture('00-test-button.json'))
    fakeInstance.advance(HOUR)
    deliver(fixture('01-exec-into-pod.json'))
    deliver('{"alert": ')
    fakeInstance.advance(HOUR)
    for (const n of ['api', 'web', 'worker', 'cart', 'search', 'auth', 'mail']) {
        deliver(latestTag(n))
        fakeInstance.advance(MINUTE)
    }
    fakeInstance.advance(HOUR + 3 * MINUTE)
    deliver(fixture('01b-exec-into-pod-update-same-id.json'))
    deliver(fixture('01b-exec-into-pod-update-same-id.json'))
    fakeInstance.advance(5 * MINUTE)
}

export const PAGE_SCENARIOS = {
    /** Green: deliveries arrive; the last refusal is more than an hour old. */
    delivering(): HealthAnswer {
        fourHours()
        return answer()
    },
    /** Red: a refused body and a failed Incident insert in the last hour. */
    refusing(): HealthAnswer {
        fourHours()
        deliver('<html>Service Unavailable</html>')
        fakeInstance.refuseInserts.incident = 1
        deliver(fixture('02-port-forward.json'))
        return answer()
    },
    /** Amber: nothing for 30 hours, threshold 24; the silence check has warned. */
    silent(): HealthAnswer {
        resetInstance()
        deliver(fixture('01-exec-into-pod.json'))
        fakeInstance.advance(30 * HOUR)
        runSilenceCheck()
        return answer()
    },
    /** A fresh install: nothing has arrived. */
    empty(): HealthAnswer {
        resetInstance()
        return answer()
    },
    /** A logged-in user without x_rhacs_snow.admin or itil: the platform's REST_Endpoint ACL refuses. */
    forbidden(): HealthAnswer {
        return { status: 403, body: { error: { message: 'User Not Authorized', detail: 'Failed API level ACL Validation' }, status: 'failure' } }
    },
}
