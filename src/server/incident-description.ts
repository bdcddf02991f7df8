// The Incident's text: one formatting module for the short description, the description and
// the work notes, so every output names things the same way (cf. StackRox notifiers/format.go).
// Every text that can outgrow its field is built as header, list and footer: when it must be cut,
// the list is what gets cut (with a count of what was left out), never the header or the footer.

import type { AlertFacts, ViolationItem } from './alert-facts.ts'
import type { ExtraField } from './rhacs-message.ts'
import { clip, cleanLine, cleanText } from './text-hygiene.ts'
import { DESCRIPTION_MAX, SHORT_DESCRIPTION_MAX, WORK_NOTE_MAX, truncate } from './text-limits.ts'
import { countLine, cveText, grouped } from './vulnerability-summary.ts'

export const SOURCE_LINE = 'Source: Red Hat Advanced Cluster Security (ACS)'
export const TEST_INCIDENT_TITLE = 'RHACS integration test'

export interface DescriptionContext {
    extraFields: ExtraField[]
    /** From the central_url property; '' when not configured. */
    centralUrl: string
    /** Number of the closed Incident this one follows, '' when none. */
    previousIncident: string
}

/**
 * `ACS policy violation: <policy> (<severity>)`; `ACS policy violation (blocked): …` when RHACS
 * refused the request, `(enforced): …` when it scaled the workload down or killed the pod.
 */
export function shortDescription(facts: AlertFacts): string {
    const prefix = facts.enforcedAs !== '' ? 'ACS policy violation (' + facts.enforcedAs + '): ' : 'ACS policy violation: '
    return cleanLine(prefix + clip(facts.policyName) + ' (' + clip(facts.severity) + ')', SHORT_DESCRIPTION_MAX)
}

export function stormShortDescription(facts: AlertFacts): string {
    return cleanLine('RHACS alert storm: ' + clip(facts.policyName) + ' (' + clip(facts.severity) + ')', SHORT_DESCRIPTION_MAX)
}

function line(label: string, value: string): string[] {
    const v = cleanLine(value, 1000)
    return v === '' ? [] : [label + ': ' + v]
}

/** A list line: "- " and one clean line. */
export function item(text: string, max: number = 600): string {
    return '- ' + cleanLine(text, max)
}

const STAGE_LINES: { [stage: string]: string } = {
    BUILD: 'Stage: Build (an image checked before deployment, e.g. by roxctl image check in a CI pipeline)',
    DEPLOY: "Stage: Deploy (the workload's configuration or images violate the policy)",
}

/** The lines under "Violation:" for each shape of alert (see docs/incident-fields.md). */
function violationBlock(facts: AlertFacts): string[] {
    const v = facts.vulnerabilities
    if (v !== null) {
        const shown = v.worst.map((c) => item(cveText(c)))
        const rest = v.total - shown.length
        return [
            countLine(v),
            'Worst CVEs (by CVSS):',
            ...shown,
            ...(rest > 0 ? ['- … and ' + grouped(rest) + ' more ' + (rest === 1 ? 'CVE' : 'CVEs')] : []),
        ]
    }
    const timed = facts.listed.some((x) => x.time !== '')
    if (facts.processCount <= 1 && facts.listed.length > 1) {
        // Several violations: the list is the story, newest first when RHACS gave times.
        const isFlows = facts.flows.length === facts.listed.length
        const lines = isFlows ? facts.flows.map((f) => item(f)) : facts.listed.map((x) => item((x.time ? x.time + ' ' : '') + clip(x.message)))
        const rest = facts.violationCount - lines.length
        return [
            (isFlows ? 'Network flows (' : 'Violations (') + grouped(facts.violationCount) + (timed ? ', newest first):' : '):'),
            ...lines,
            ...(rest > 0 ? ['- … and ' + grouped(rest) + (isFlows ? ' more flows' : ' more violations')] : []),
        ]
    }
    const out = facts.primaryMessage === '' ? [] : ['Violation:', cleanText(clip(facts.primaryMessage, DESCRIPTION_MAX), DESCRIPTION_MAX).trim()]
    if (facts.processCount > 1) {
        out.push('Processes (' + facts.processCount + ' distinct, newest first):')
        for (const p of facts.processes) {
            const where = [p.pod ? 'pod ' + p.pod : '', p.container ? 'container ' + p.container : ''].filter((s) => s !== '').join(', ')
            out.push(item((p.time ? p.time + ' ' : '') + (p.uid !== '' ? 'UID ' + p.uid + ' ' : '') + clip(p.command) + (where ? ' (' + where + ')' : '')))
        }
        if (facts.processCount > facts.processes.length) out.push('- … and ' + (facts.processCount - facts.processes.length) + ' more processes')
    } else if (facts.violationCount > 1) {
        const more = facts.violationCount - 1
        out.push(more === 1 ? '1 more violation in this alert (2 in total).' : grouped(more) + ' more violations in this alert (' + grouped(facts.violationCount) + ' in total).')
    }
    return out
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
    // A build-time check has no cluster or namespace: their placeholders would only be noise.
    const build = facts.stage === 'BUILD'
    const where = [
        ...(facts.stage !== 'RUNTIME' ? [STAGE_LINES[facts.stage]] : []),
        ...(build && facts.clusterName === 'unknown cluster' ? [] : line('Cluster', facts.clusterName)),
        ...(facts.entity.kind === 'none' ? [] : line(facts.entity.label, facts.entity.display)),
        ...(build && facts.namespace === 'unknown' ? [] : line('Namespace', facts.namespace)),
        ...(facts.entity.inactive ? ['Deployment deleted: yes (RHACS marks it inactive)'] : []),
        ...line('Pod', facts.pod),
        ...line('Container', facts.container),
        ...line('Command', facts.command),
        ...line('User', facts.user),
        ...line('Groups', facts.groups),
        ...facts.details.flatMap((d) => line(d.label, d.value)),
        ...line('Event time', facts.eventTime),
        ...(facts.firstOccurred !== '' && facts.alertTime !== '' && facts.firstOccurred !== facts.alertTime ? line('First seen', facts.firstOccurred) : []),
        // The images the CVEs are in (an image entity is already named by the entity line).
        ...(facts.vulnerabilities !== null && facts.entity.kind !== 'image' && facts.images.length > 0 ? line(facts.images.length === 1 ? 'Image' : 'Images', facts.images.join(', ')) : []),
        ...(facts.state === 'ATTEMPTED' ? ['Blocked: yes, RHACS enforcement stopped this request (state ATTEMPTED)'] : []),
        ...(facts.enforcement ? line(facts.enforcement.label, facts.enforcement.value) : []),
        ...line('Notifier fields', ctx.extraFields.map((f) => f.key + '=' + f.value).join(', ')),
        ...(ctx.centralUrl !== '' && facts.alertId !== ''
            ? line('RHACS console', ctx.centralUrl.replace(/\/+$/, '') + '/main/violations/' + encodeURIComponent(clip(facts.alertId, 200)))
            : []),
        ...line('Follows closed Incident', ctx.previousIncident),
    ]
    const text = [head, where].map((b) => b.join('\n')).join('\n\n')
    const violation = violationBlock(facts)
    if (violation.length === 0) return truncate(text, DESCRIPTION_MAX)
    return fitted(text + '\n\n', violation, '', DESCRIPTION_MAX)
}

/**
 * Header, as many list lines as fit, a count of the ones left out, footer: at most `max`
 * characters. The header keeps its place first (cut itself only when it alone is too long).
 */
export function fitted(header: string, lines: string[], footer: string, max: number): string {
    const whole = header + lines.join('\n') + footer
    if (whole.length <= max) return whole
    const room = max - footer.length
    if (header.length + 40 > room) return truncate(header, room) + footer
    let body = ''
    let kept = 0
    for (const l of lines) {
        const next = (body === '' ? '' : body + '\n') + l
        const note = '\n- … and ' + (lines.length - kept - 1) + ' more lines not shown (field limit)'
        if (header.length + next.length + note.length > room) break
        body = next
        kept++
    }
    if (kept < lines.length) {
        // The next line does not fit whole: keep its head when there is room for a useful part
        // (one violation longer than the field would otherwise leave an empty list).
        const rest = lines.length - kept - 1
        const note = rest > 0 ? '\n- … and ' + rest + ' more lines not shown (field limit)' : ''
        const space = room - header.length - (body === '' ? 0 : body.length + 1) - note.length
        if (space >= 80) {
            body = (body === '' ? '' : body + '\n') + truncate(lines[kept], space)
            kept++
        }
    }
    const left = lines.length - kept
    const more = left > 0 ? (body === '' ? '' : '\n') + '- … and ' + left + ' more lines not shown (field limit)' : ''
    return header + body + more + footer
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

/** Work-note list lines of violations, newest first by time (payload order where there is none). */
export function violationLines(items: ViolationItem[]): string[] {
    return items.map((v) => item((v.time ? v.time + ' ' : '') + clip(v.message)))
}

/** A work note: header lines, the list (cut to fit, with the count of what was cut), footer lines. */
export function workNote(header: string[], list: string[], footer: string[]): string {
    const head = header.join('\n') + (list.length > 0 ? '\n' : '')
    const foot = footer.length > 0 ? '\n' + footer.join('\n') : ''
    return cleanText(fitted(head, list, foot, WORK_NOTE_MAX), WORK_NOTE_MAX)
}
