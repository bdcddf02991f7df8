// Entry of the routing rule form's "Test this rule" button (a server-side UI action): the rule's
// values in `current`, the newest alert deliveries, and one info message per line of the answer
// (routing-rule-test.ts). Saves nothing. Never throws: a failure is one error message.

import { gs } from '@servicenow/glide'
import { GlidePlatform } from './glide-platform.ts'
import { toGlideDateTime } from './rhacs-time.ts'
import { RULE_TEST_DAYS, RULE_TEST_DELIVERIES, messageText, ruleTestLines, testRule } from './routing-rule-test.ts'
import { RULE_COLUMNS, type RoutingRuleRow } from './routing-rules.ts'
import { cleanLine } from './text-hygiene.ts'

interface RuleRecord {
    getValue(column: string): unknown
    getUniqueValue(): unknown
}

function ruleRow(current: RuleRecord): RoutingRuleRow {
    const row = {} as { [column: string]: string }
    for (const column of RULE_COLUMNS) {
        const v = current.getValue(column)
        row[column] = v === null || v === undefined ? '' : String(v)
    }
    row.sys_id = String(current.getUniqueValue() ?? '')
    return row as unknown as RoutingRuleRow
}

export function onTestRoutingRule(current: RuleRecord): void {
    try {
        const platform = new GlidePlatform()
        const row = ruleRow(current)
        const since = toGlideDateTime(platform.nowMs() - RULE_TEST_DAYS * 86400000)
        const deliveries = platform.recentAlertDeliveries(since, RULE_TEST_DELIVERIES)
        for (const line of ruleTestLines(row.name.trim(), testRule(row, deliveries), deliveries.length)) gs.addInfoMessage(line)
    } catch (e) {
        gs.addErrorMessage(messageText('The routing rule test failed: ' + cleanLine(String((e as Error)?.message ?? e), 300)))
    }
}
