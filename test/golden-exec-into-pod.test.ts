// The use case's Expected Incident is a contract: this text is typed out, not generated.
import { beforeEach, describe, expect, it } from 'vitest'
import { deliver, incidents, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

const EXPECTED_DESCRIPTION = [
    'Source: Red Hat Advanced Cluster Security (ACS)',
    'Policy: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)',
    'Policy description: Alerts when Kubernetes API receives request to execute command in container',
    "Rationale: 'pods/exec' is non-standard approach for interacting with containers.",
    "Remediation: Restrict RBAC access to the 'pods/exec' resource.",
    '',
    'Cluster: local-cluster',
    'Workload: Deployment / gibson-deployment',
    'Namespace: gibson',
    'Pod: garbage',
    'Container: kserve-container',
    'Command: /bin/bash',
    'User: zero-cool',
    'Groups: ocp-admins, system:authenticated:oauth, system:authenticated',
    'Event time: 2026-02-12T15:22:22.276480996Z',
    '',
    'Violation:',
    "Kubernetes API received exec '/bin/bash' request into pod 'garbage' container 'kserve-container'",
].join('\n')

describe('exec-into-pod use case (the contract)', () => {
    beforeEach(() => resetInstance())

    it('answers 201 with the sys_id and number of the one Incident it created', () => {
        const answer = deliver(fixtureBody('01-exec-into-pod.json'))
        expect(answer.status).toBe(201)
        const [incident] = incidents()
        expect(incidents()).toHaveLength(1)
        expect(answer.body.sys_id).toBe(incident.sys_id)
        expect(answer.body.sys_id).toMatch(/^[0-9a-f]{32}$/)
        expect(answer.body.number).toBe(incident.number)
        expect(answer.body.number).toMatch(/^INC\d{7}$/)
    })

    it('writes exactly the expected short description, description, urgency, impact and priority', () => {
        deliver(fixtureBody('01-exec-into-pod.json'))
        const [incident] = incidents()
        expect(incident.short_description).toBe('ACS policy violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)')
        expect(incident.description).toBe(EXPECTED_DESCRIPTION)
        expect(incident.urgency).toBe(1)
        expect(incident.impact).toBe(2)
        expect(incident.priority).toBe(2)
    })
})
