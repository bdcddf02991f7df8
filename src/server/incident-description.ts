// The Incident's text: one formatting module for the short description, the description and
// the work notes, so every output names things the same way (cf. StackRox notifiers/format.go).

import type { AlertFacts, ViolationItem } from './alert-facts.ts'
import type { ExtraField } from './rhacs-message.ts'
import { clip, cleanLine, cleanText } from './text-hygiene.ts'
import { DESCRIPTION_MAX, SHORT_DESCRIPTION_MAX, WORK_NOTE_MAX, truncate } from './text-limits.ts'

export const SOURCE_LINE = 'Source: Red Hat Advanced Cluster Security (ACS)'
export const TEST_INCIDENT_TITLE = 'RHACS integration test'

export interface DescriptionContext {
    extraFields: ExtraField[]
    /** From the central_url property; '' when not configured. */
    centralUrl: string
    /** Number of the closed Incident this one follows, '' when none. */
    previousIncident: string
}

export function shortDescription(facts: AlertFacts): string {
    return cleanLine('ACS policy violation: ' + clip(facts.policyName) + ' (' + clip(facts.severity) + ')', SHORT_DESCRIPTION_MAX)
}

export function stormShortDescription(facts: AlertFacts): string {
    return cleanLine('RHACS alert storm: ' + clip(facts.policyName) + ' (' + clip(facts.severity) + ')', SHORT_DESCRIPTION_MAX)
}

function line(label: string, value: string): string[] {
    const v = cleanLine(value, 1000)
    return v === '' ? [] : [label + ': ' + v]
}

/** The description body. Lines whose value is absent are left out. */
export function incidentDescription(facts: AlertFacts, ctx: DescriptionContext): string {
    const head = [
        SOURCE_LINE,
        ...line('Policy', clip(facts.policyName) + ' (' + clip(facts.severity) + ')'),
        ...line('Policy description', facts.policyDescription),
        ...line('Rationale', facts.rationale),
        ...line('Remediation', facts.remediation),
    ]
    const where = [
        ...line('Cluster', facts.clusterName),
        ...(facts.entity.kind === 'none' ? [] : line(facts.entity.label, facts.entity.display)),
        ...line('Namespace', facts.namespace),
        ...(facts.entity.inactive ? ['Deployment deleted: yes (RHACS marks it inactive)'] : []),
        ...line('Pod', facts.pod),
        ...line('Container', facts.container),
        ...line('Command', facts.command),
        ...line('User', facts.user),
        ...line('Groups', facts.groups),
        ...facts.details.flatMap((d) => line(d.label, d.value)),
        ...line('Event time', facts.eventTime),
        ...(facts.state === 'ATTEMPTED' ? ['Blocked: yes, RHACS enforcement stopped this request (state ATTEMPTED)'] : []),
        ...(facts.enforcement ? line(facts.enforcement.label, facts.enforcement.value) : []),
        ...line('Notifier fields', ctx.extraFields.map((f) => f.key + '=' + f.value).join(', ')),
        ...(ctx.centralUrl !== '' && facts.alertId !== ''
            ? line('RHACS console', ctx.centralUrl.replace(/\/+$/, '') + '/main/violations/' + encodeURIComponent(facts.alertId))
            : []),
        ...line('Follows closed Incident', ctx.previousIncident),
    ]
    const violation = facts.primaryMessage === '' ? [] : ['Violation:', cleanText(facts.primaryMessage, DESCRIPTION_MAX).trim()]
    const more = facts.violationCount - 1
    if (more > 0) {
        violation.push(more === 1 ? '1 more violation in this alert (2 in total).' : more + ' more violations in this alert (' + facts.violationCount + ' in total).')
    }
    const blocks = [head, where, violation].filter((b) => b.length > 0).map((b) => b.join('\n'))
    return truncate(blocks.join('\n\n'), DESCRIPTION_MAX)
}

/** Description of the Incident the Test button creates. */
export function testDescription(policyName: string, extraFields: ExtraField[]): string {
    return truncate(
        [
            SOURCE_LINE,
            'The RHACS Generic Webhook "Test" button reached this instance: the integration works.',
            ...line('Message', policyName),
            ...line('Notifier fields', extraFields.map((f) => f.key + '=' + f.value).join(', ')),
        ].join('\n'),
        DESCRIPTION_MAX,
    )
}

/** A work-note list of violations in payload order (RHACS lists K8s-event and network
 * violations newest first, processes oldest first), bounded to the field size. */
export function violationList(items: ViolationItem[], maxLines: number = 40): string {
    const shown = items.slice(0, maxLines).map((v) => '- ' + (v.time ? v.time + ' ' : '') + cleanLine(v.message, 600))
    if (items.length > maxLines) shown.push('- … and ' + (items.length - maxLines) + ' more')
    return shown.join('\n')
}

export function boundedWorkNote(text: string): string {
    return cleanText(text, WORK_NOTE_MAX)
}
