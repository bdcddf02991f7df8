// Synthetic RHACS bodies built from the real fixtures: the benchmark streams keep the
// fixtures' shape and size and only vary what RHACS varies (alert id, workload, violations,
// times), so the handler does the same work it does on real deliveries.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export type Json = { [key: string]: unknown }

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url))

export function fixtureText(name: string): string {
    return readFileSync(FIXTURES + name, 'utf8')
}

export function fixtureAlert(name: string): Json {
    return (JSON.parse(fixtureText(name)) as { alert: Json }).alert
}

/** RFC 3339 with nanoseconds, as RHACS writes it; `nanos` (0..999999) keeps versions apart. */
export function rfc3339(ms: number, nanos: number = 0): string {
    const iso = new Date(ms).toISOString()
    return iso.slice(0, 23) + String(Math.floor(nanos) % 1000000).padStart(6, '0') + 'Z'
}

function hex12(n: number): string {
    return n.toString(16).padStart(12, '0')
}

/** UUID-shaped ids, distinct per index and readable in a debugger. */
export function syntheticId(prefix: string, n: number): string {
    return prefix + '-' + hex12(n)
}

export interface Workload {
    name: string
    id: string
    namespace: string
}

export function workload(i: number, namespaces: number): Workload {
    return {
        name: 'svc-' + String(i).padStart(4, '0'),
        id: syntheticId('b7e4c2a9-1d3f-4e5a-8b6c', i),
        namespace: 'team-' + (i % namespaces),
    }
}

/** Points an alert at another workload, everywhere the fixture names it. */
function retarget(alert: Json, w: Workload): void {
    alert.namespace = w.namespace
    const deployment = alert.deployment as Json | undefined
    if (deployment !== undefined) {
        deployment.name = w.name
        deployment.id = w.id
        deployment.namespace = w.namespace
    }
    const pv = alert.processViolation as { processes?: Json[] } | undefined
    for (const p of pv?.processes ?? []) {
        p.deploymentId = w.id
        p.podId = w.name + '-7d9f8b6c5d-x2k4q'
    }
}

const EXEC_COMMANDS = ['/bin/bash', 'sh', 'cat /etc/passwd', 'env', 'id', 'ps aux', 'ls -la /var/run/secrets', 'tar cf /tmp/d.tar /data']

/** The k-th exec violation of an alert: a distinct command, at `time`. */
function execViolation(template: Json, pod: string, k: number, time: string): Json {
    const command = EXEC_COMMANDS[k % EXEC_COMMANDS.length] + (k >= EXEC_COMMANDS.length ? ' #' + k : '')
    const attrs = (template.keyValueAttrs as { attrs: Array<{ key: string; value: string }> }).attrs.map((a) => {
        if (a.key === 'pod') return { key: a.key, value: pod }
        if (a.key === 'commands') return { key: a.key, value: command }
        return a
    })
    return {
        ...template,
        message: "Kubernetes API received exec '" + command + "' request into pod '" + pod + "' container 'kserve-container'",
        keyValueAttrs: { attrs },
        time,
    }
}

/**
 * Builds runtime exec alerts from 01-exec-into-pod.json. Version v of an alert carries its
 * first v violations, newest first, and the alert `time` of the newest: what RHACS re-sends
 * when an exec alert gains a violation. Deterministic, so re-building a version is an exact replay.
 */
export class ExecAlertFactory {
    private readonly template: Json
    private readonly violationTemplate: Json

    constructor() {
        this.template = fixtureAlert('01-exec-into-pod.json')
        this.violationTemplate = (this.template.violations as Json[])[0]
    }

    body(alertId: string, w: Workload, violationTimesMs: number[], version: number): string {
        const alert = structuredClone(this.template)
        alert.id = alertId
        retarget(alert, w)
        const pod = w.name + '-5d8f9c7b6-' + alertId.slice(-5)
        const violations: Json[] = []
        for (let k = version - 1; k >= 0; k--) violations.push(execViolation(this.violationTemplate, pod, k, rfc3339(violationTimesMs[k], 276480 + k)))
        alert.violations = violations
        // RHACS stamps the alert a moment after its newest violation.
        alert.time = rfc3339(violationTimesMs[version - 1] + 2, 134221)
        alert.firstOccurred = rfc3339(violationTimesMs[0] + 2, 134221)
        return JSON.stringify({ alert })
    }
}

/** One alert of a fixture's policy on another workload, at `timeMs`. */
export class PolicyAlertFactory {
    private readonly template: Json
    readonly policyName: string

    constructor(fixture: string) {
        this.template = fixtureAlert(fixture)
        this.policyName = String((this.template.policy as Json).name)
    }

    body(alertId: string, w: Workload, timeMs: number): string {
        const alert = structuredClone(this.template)
        alert.id = alertId
        retarget(alert, w)
        alert.time = rfc3339(timeMs, 0)
        alert.firstOccurred = alert.time
        return JSON.stringify({ alert })
    }
}

/**
 * A deploy-time CVE alert with `n` violations, in RHACS's wire format: the 05 fixture with its
 * violations rewritten as make_large_alert.py (shared fixtures) writes them, messages sorted as the
 * policy engine sorts them. n = 5000 gives the shape of 09 (about 1 MB); 50000 about 10 MB.
 */
export function largeCveAlertBody(n: number): string {
    const alert = fixtureAlert('05-cve-deploy-fixable-important.json')
    const comps: Array<[string, string, string]> = [
        ['openssl-libs', '1:3.0.7-24.el9', '1:3.0.7-27.el9'],
        ['glibc', '2.34-83.el9_3.7', '0:2.34-100.el9_4.2'],
        ['golang.org/x/net', 'v0.17.0', '0.33.0'],
        ['libxml2', '2.9.13-5.el9_3', '0:2.9.13-6.el9_5.2'],
        ['kernel-headers', '5.14.0-362.8.1.el9_3', '0:5.14.0-427.13.1.el9_4'],
    ]
    const containers = ['app', 'envoy-sidecar', 'log-shipper']
    const sevs: Array<[string, string]> = [['Important', '7.5'], ['Critical', '9.8'], ['Important', '8.1'], ['Important', '7.0']]
    const messages: string[] = []
    for (let i = 0; i < n; i++) {
        const [comp, ver, fixed] = comps[i % comps.length]
        const [sev, cvss] = sevs[i % sevs.length]
        const scores = i % 3 === 0 ? 'CVSS ' + cvss + ', NVD CVSS ' + cvss : 'CVSS ' + cvss
        messages.push(
            'Fixable CVE-' + (2019 + (i % 7)) + '-' + String(10000 + i).padStart(5, '0') + ' (' + scores + ') (severity ' + sev + ') found in component ' +
                "'" + comp + "' (version " + ver + ") in container '" + containers[i % containers.length] + "', resolved by version " + fixed,
        )
    }
    // Python's sort of these ASCII strings is code-unit order, as JavaScript's default sort.
    messages.sort()
    alert.violations = messages.map((message) => ({ message }))
    return '{"alert": ' + JSON.stringify(alert) + '}'
}
