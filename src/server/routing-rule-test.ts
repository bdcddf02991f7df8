// "Test this rule" (the routing rule form's button), pure: which of the recent alert deliveries a
// rule would have matched, judged on their stored raw bodies with the same reading and matching
// the handler uses (classifyMessage, readAlertFacts, subjectOf, ruleMatches). The button's entry
// (routing-rule-test-action.ts) reads the deliveries and shows the lines.

import { readAlertFacts } from './alert-facts.ts'
import { subjectOf } from './incident-routing.ts'
import { classifyMessage } from './rhacs-message.ts'
import { compileRule, ruleMatches, type RoutingRuleRow } from './routing-rules.ts'
import { cleanLine, clip } from './text-hygiene.ts'

/** How many of the newest alert deliveries the button reads. */
export const RULE_TEST_DELIVERIES = 50
/** How far back it looks (the deliveries' default retention). */
export const RULE_TEST_DAYS = 30
/** Matches listed one per line; the rest are counted. */
export const RULE_TEST_LISTED = 10

/** A deliveries row as the button reads it. */
export interface StoredDelivery {
    received: string
    alertId: string
    rawBody: string
    /** The row keeps only the head of the body (the whole body is attached): not judged. */
    attached: boolean
    routedBy: string
}

export interface RuleTestMatch {
    received: string
    alertId: string
    policy: string
    cluster: string
    namespace: string
    entity: string
    /** What routed it when it arrived ('' when it did not create an Incident). */
    routedBy: string
}

export interface RuleTestResult {
    /** Why the rule cannot be used ('' when it can). */
    invalid: string
    /** Deliveries whose body was judged. */
    checked: number
    /** Deliveries whose stored body is cut (attached) or no longer an alert. */
    unreadable: number
    matches: RuleTestMatch[]
}

/** The fingerprints readAlertFacts computes are not used here: no digest is needed. */
function noDigest(_text: string): string {
    return '0000000000000000000000000000000000000000000000000000000000000000'
}

export function testRule(row: RoutingRuleRow, deliveries: StoredDelivery[]): RuleTestResult {
    const rule = compileRule(row)
    if ('reason' in rule) return { invalid: rule.reason, checked: 0, unreadable: 0, matches: [] }
    const result: RuleTestResult = { invalid: '', checked: 0, unreadable: 0, matches: [] }
    for (const d of deliveries) {
        const message = d.attached ? null : classifyMessage(d.rawBody)
        if (message === null || message.kind !== 'alert') {
            result.unreadable += 1
            continue
        }
        result.checked += 1
        const facts = readAlertFacts(message.alert, noDigest)
        if (!ruleMatches(rule, subjectOf(facts), 'alert')) continue
        result.matches.push({
            received: d.received,
            alertId: facts.alertId,
            policy: facts.policyName,
            cluster: facts.clusterName,
            namespace: facts.namespace,
            entity: facts.entity.display,
            routedBy: d.routedBy,
        })
    }
    return result
}

/** Text for a form message: the platform may render it as HTML, and payload values are anyone's. */
export function messageText(line: string): string {
    return cleanLine(line, 1000).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** The lines the form shows (info messages, each through messageText): one line each, bounded. */
export function ruleTestLines(name: string, result: RuleTestResult, read: number): string[] {
    const label = '"' + clip(name === '' ? '(unnamed rule)' : name, 100) + '"'
    if (result.invalid !== '') return [messageText('Routing rule ' + label + ' cannot be used, so it matches nothing: ' + clip(result.invalid, 300) + '.')]
    const lines = [
        'Routing rule ' + label + ' would match ' + result.matches.length + ' of the ' + result.checked +
            ' newest alert deliveries of the last ' + RULE_TEST_DAYS + ' days' + (result.unreadable > 0 ? ' (' + result.unreadable + ' more could not be judged: body attached, not on the row)' : '') +
            (read === 0 ? '; there are none' : '') + '. A rule with a lower order that matches first still wins. This test saves nothing.',
    ]
    for (const m of result.matches.slice(0, RULE_TEST_LISTED)) {
        lines.push(
            m.received + ' UTC: alert ' + clip(m.alertId, 60) + ', policy ' + clip(m.policy, 80) + ', cluster ' + clip(m.cluster, 60) + ', namespace ' + clip(m.namespace, 60) +
                ', ' + clip(m.entity, 80) + (m.routedBy !== '' ? '; routed by ' + clip(m.routedBy, 100) : ''),
        )
    }
    if (result.matches.length > RULE_TEST_LISTED) lines.push('… and ' + (result.matches.length - RULE_TEST_LISTED) + ' more.')
    return lines.map(messageText)
}
