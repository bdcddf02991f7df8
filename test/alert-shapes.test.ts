// Every alert shape RHACS sends gets a description an analyst can triage from.
import { describe, expect, it } from 'vitest'
import { MAX_TRACKED_VIOLATIONS, readAlertFacts } from '../src/server/alert-facts'
import { testDigest } from './support/digest'
import { incidentDescription, shortDescription } from '../src/server/incident-description'
import { classifyMessage } from '../src/server/rhacs-message'
import type { JsonObject } from '../src/server/json-reading'
import { fixtureBody } from './support/scenario-engine'

const noContext = { extraFields: [], centralUrl: '', previousIncident: '' }

function describeAlert(alert: JsonObject, ctx = noContext): string {
    return incidentDescription(readAlertFacts(alert, testDigest), ctx)
}

const policy = { id: 'p1', name: 'Secret access', severity: 'HIGH_SEVERITY' }

describe('entities', () => {
    it('names an audit-log resource and shows the request details', () => {
        const text = describeAlert({
            id: 'r1',
            policy,
            clusterName: 'prod',
            namespace: 'payments',
            resource: { resourceType: 'SECRETS', name: 'db-password', clusterName: 'prod', namespace: 'payments' },
            violations: [
                {
                    message: 'Access to secret "db-password" in namespace "payments"',
                    keyValueAttrs: {
                        attrs: [
                            { key: 'Verb', value: 'GET' },
                            { key: 'Username', value: 'mallory' },
                            { key: 'Groups', value: 'system:authenticated' },
                            { key: 'User Agent', value: 'kubectl/v1.29' },
                            { key: 'IP address', value: '10.1.2.3' },
                            { key: 'Resource', value: 'secrets/db-password' },
                        ],
                    },
                    type: 'K8S_EVENT',
                    time: '2026-02-12T10:00:00Z',
                },
            ],
        })
        expect(text).toContain('Resource: Secret / db-password')
        expect(text).not.toMatch(/Workload:/)
        for (const line of ['User: mallory', 'Verb: GET', 'User agent: kubectl/v1.29', 'Source IP: 10.1.2.3', 'API resource: secrets/db-password', 'Event time: 2026-02-12T10:00:00Z']) {
            expect(text).toContain(line)
        }
    })

    it('names an image for build-time checks, with no cluster of its own', () => {
        const text = describeAlert({
            id: 'i1',
            policy: { name: 'Latest tag', severity: 'LOW_SEVERITY' },
            lifecycleStage: 'BUILD',
            image: { id: 'sha256:abc', name: { registry: 'quay.io', remote: 'acme/api', tag: 'latest', fullName: 'quay.io/acme/api:latest' } },
            violations: [{ message: "Image has tag 'latest'" }],
        })
        expect(text).toContain('Image: quay.io/acme/api:latest')
        // A build-time check has no cluster: no placeholder noise, the stage instead.
        expect(text).toContain('Stage: Build')
        expect(text).not.toContain('unknown cluster')
        expect(text).not.toMatch(/^Namespace:/m)
        expect(text).not.toMatch(/Workload:/)
    })

    it('builds an image name from its parts when fullName is missing', () => {
        expect(describeAlert({ id: 'i2', policy, image: { name: { registry: 'r.io', remote: 'a/b', tag: '1' } } })).toContain('Image: r.io/a/b:1')
    })

    it('names a node', () => {
        const text = describeAlert({ id: 'n1', policy, clusterName: 'prod', node: { id: 'n-1', name: 'worker-3', clusterName: 'prod' }, violations: [{ message: 'file access' }] })
        expect(text).toContain('Node: worker-3')
        expect(text).not.toMatch(/Workload:/)
    })

    it('states a deleted deployment, a blocked request and the enforcement', () => {
        const text = describeAlert({
            id: 'd1',
            policy,
            state: 'ATTEMPTED',
            enforcement: { action: 'FAIL_KUBE_REQUEST_ENFORCEMENT', message: 'exec denied' },
            deployment: { name: 'api', type: 'StatefulSet', inactive: true },
            violations: [{ message: 'x' }],
        })
        expect(text).toContain('Workload: StatefulSet / api')
        expect(text).toContain('Deployment deleted: yes')
        expect(text).toContain('Blocked: yes, RHACS enforcement stopped this request (state ATTEMPTED)')
        expect(text).toContain('Enforcement: FAIL_KUBE_REQUEST_ENFORCEMENT: exec denied')
    })
})

describe('violations', () => {
    it('a runtime process alert takes pod, container, command line and time from its first process', () => {
        const body = JSON.parse(fixtureBody('04-runtime-process-netcat.json'))
        const facts = readAlertFacts(body.alert, testDigest)
        expect(facts.pod).toBe('payments-api-7d9f8b6c5d-x2k4q')
        expect(facts.container).toBe('app')
        expect(facts.command).toBe('/usr/bin/nc -lvnp 4444')
        expect(facts.eventTime).toBe('2026-02-12T16:02:11.734902Z')
        expect(facts.violationCount).toBe(1)
    })

    it('lists up to five violations, then counts the rest', () => {
        const text = describeAlert(JSON.parse(fixtureBody('03-deploy-latest-tag.json')).alert)
        expect(text).toContain("Violations (3):\n- Container 'app' has image with tag 'latest'\n- Container 'envoy-sidecar'")
        const many = describeAlert({ id: 'x', policy, violations: Array.from({ length: 8 }, (_, i) => ({ message: 'v' + i })) })
        expect(many).toContain('Violations (8):\n- v0\n- v1\n- v2\n- v3\n- v4\n- … and 3 more violations')
    })

    it('counts all of a 5000-violation alert but fingerprints a bounded number', () => {
        const facts = readAlertFacts(JSON.parse(fixtureBody('09-large-5000-violations.json')).alert, testDigest)
        expect(facts.violationCount).toBe(5000)
        expect(facts.violations.length).toBe(MAX_TRACKED_VIOLATIONS)
    })
})

describe('hostile and oversized text', () => {
    it('keeps the short description within 160 and the description within 4000, with the marker', () => {
        const huge = 'P'.repeat(5000)
        const facts = readAlertFacts({ id: 'h', policy: { name: huge, severity: 'HIGH_SEVERITY', description: huge, rationale: huge, remediation: huge }, violations: [{ message: huge }] }, testDigest)
        const short = shortDescription(facts)
        expect(short).toHaveLength(160)
        expect(short.endsWith('…[truncated]')).toBe(true)
        const text = incidentDescription(facts, noContext)
        expect(text.length).toBeLessThanOrEqual(4000)
        expect(text.endsWith('…[truncated]')).toBe(true)
    })

    it('never opens [code] from any payload field', () => {
        const evil = '[code]<script>alert(1)</script>[/code]'
        const facts = readAlertFacts({
            id: evil,
            policy: { name: evil, severity: evil, description: evil },
            clusterName: evil,
            namespace: evil,
            deployment: { name: evil, type: evil },
            violations: [{ message: evil, keyValueAttrs: { attrs: [{ key: 'Username', value: evil }, { key: 'commands', value: evil }] } }],
        }, testDigest)
        const all = shortDescription(facts) + incidentDescription(facts, { extraFields: [{ key: 'team', value: evil }], centralUrl: '', previousIncident: '' })
        expect(all.toLowerCase()).not.toContain('[code]')
        expect(all.toLowerCase()).not.toContain('[/code]')
    })

    it('reads wrong-typed fields as absent instead of throwing', () => {
        const facts = readAlertFacts({ id: 42 as never, policy: 'nope' as never, violations: 'many' as never, deployment: [] as never, processViolation: { processes: [null, 7] } as never }, testDigest)
        expect(facts.alertId).toBe('42')
        expect(facts.policyName).toBe('unknown policy')
        expect(facts.entity.kind).toBe('none')
        expect(() => incidentDescription(facts, noContext)).not.toThrow()
    })
})

describe('extra fields and console link', () => {
    it('shows the notifier extra fields and, when configured, a link to the violation', () => {
        const message = classifyMessage('{"env": "prod", "team": "secops", "alert": {"id": "abc", "policy": {"name": "P"}}}')
        if (message.kind !== 'alert') throw new Error('expected an alert')
        const text = incidentDescription(readAlertFacts(message.alert, testDigest), { extraFields: message.extraFields, centralUrl: 'https://central.example.com/', previousIncident: '' })
        expect(text).toContain('Notifier fields: env=prod, team=secops')
        expect(text).toContain('RHACS console: https://central.example.com/main/violations/abc')
    })
})

describe('message kinds', () => {
    it('recognises alert, Test button, audit and networkpolicy', () => {
        expect(classifyMessage(fixtureBody('01-exec-into-pod.json')).kind).toBe('alert')
        expect(classifyMessage(fixtureBody('00-test-button.json')).kind).toBe('test')
        expect(classifyMessage('{"audit": {"status": "REQUEST_SUCCEEDED"}}').kind).toBe('audit')
        expect(classifyMessage('{"networkpolicy": {"cluster": "c", "yaml": "y"}}').kind).toBe('networkpolicy')
        expect(classifyMessage('  {"alert": {"id": "x"}}  ').kind).toBe('alert')
    })
})
