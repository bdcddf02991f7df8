// The pure routing core (src/server/routing-rules.ts): every reason a rule is refused, every
// condition both ways, storm scope, rule order, when the annotation is looked up, and the golden
// routing decisions (fields and routed_by) for each source of each field.
import { describe, expect, it } from 'vitest'
import {
    annotationToResolve,
    compileRule,
    compileRules,
    decideRouting,
    firstMatchingRule,
    ruleMatches,
    type RoutingRule,
    type RoutingRuleRow,
} from '../src/server/routing-rules'
import type { RoutingSubject } from '../src/server/routing-subject'

const G1 = 'a0000000000000000000000000000001'
const G2 = 'a0000000000000000000000000000002'
const CI = 'c0000000000000000000000000000001'

function row(values: Partial<RoutingRuleRow>): RoutingRuleRow {
    const empty: RoutingRuleRow = {
        sys_id: 'r0000000000000000000000000000001',
        order: '100',
        name: 'rule',
        cluster: '',
        namespace: '',
        min_severity: '',
        policy: '',
        policy_category: '',
        lifecycle_stage: '',
        label: '',
        annotation: '',
        blocked: '',
        assignment_group: '',
        override_annotation: '',
        category: '',
        subcategory: '',
        caller: '',
        cmdb_ci: '',
        business_service: '',
        urgency: '',
        impact: '',
        create_incident: '',
    }
    return { ...empty, ...values }
}

function rule(values: Partial<RoutingRuleRow>): RoutingRule {
    const r = compileRule(row(values))
    if ('reason' in r) throw new Error('invalid: ' + r.reason)
    return r
}

const SUBJECT: RoutingSubject = {
    clusterId: '8e5b7c4a-2f0d-4b6e-9a1c-3d5e7f9a1b2c',
    clusterName: 'prod-east',
    namespace: 'payments-api',
    policyId: '8ab0f199-4904-4808-9461-3501da1d1b77',
    policyName: 'Kubernetes Actions: Exec into Pod',
    categories: ['Kubernetes Events', 'Anomalous Activity'],
    severity: 'HIGH_SEVERITY',
    stage: 'RUNTIME',
    blocked: false,
    labels: { app: 'payments', tier: 'backend' },
    annotations: { 'servicenow/assignment-group': ' Payments On-Call ', owner: 'team-pay' },
}

describe('compileRule', () => {
    it('compiles a full rule: patterns lower-cased, choices normalised, actions kept, workload scope noted', () => {
        const r = rule({
            order: '-5',
            name: ' Payments prod ',
            cluster: 'Prod-*, local-cluster',
            namespace: 'payments-*',
            min_severity: 'high_severity',
            policy: 'Exec*',
            policy_category: 'kubernetes*',
            lifecycle_stage: 'runtime',
            label: 'app=pay*',
            annotation: 'owner',
            blocked: 'No',
            assignment_group: G1,
            override_annotation: '1',
            category: 'Security',
            subcategory: 'Containers',
            caller: G2,
            cmdb_ci: CI,
            business_service: CI,
            urgency: '1',
            impact: '2',
            create_incident: '0',
        })
        expect(r).toEqual({
            sysId: 'r0000000000000000000000000000001',
            name: 'Payments prod',
            order: -5,
            cluster: ['prod-*', 'local-cluster'],
            namespace: ['payments-*'],
            minSeverity: 3,
            policy: ['exec*'],
            policyCategory: ['kubernetes*'],
            stage: 'RUNTIME',
            label: { key: 'app', patterns: ['pay*'] },
            annotation: { key: 'owner', patterns: [] },
            blocked: 'no',
            actions: { assignment_group: G1, caller_id: G2, category: 'Security', subcategory: 'Containers', cmdb_ci: CI, business_service: CI, urgency: '1', impact: '2' },
            overrideAnnotation: true,
            createIncident: false,
            workloadScoped: true,
        })
    })

    it('defaults: empty order is 0, empty blocked is any, create_incident true, override false; policy-only rules are not workload-scoped', () => {
        const r = rule({ order: '', policy: 'Latest tag', create_incident: 'true', override_annotation: 'false' })
        expect(r).toMatchObject({ order: 0, blocked: 'any', createIncident: true, overrideAnnotation: false, workloadScoped: false })
        expect(rule({ blocked: 'yes' }).workloadScoped).toBe(true)
        expect(rule({ label: 'app' }).workloadScoped).toBe(true)
        expect(rule({ annotation: 'a=b' }).workloadScoped).toBe(true)
        expect(rule({ namespace: 'x' }).workloadScoped).toBe(true)
        expect(rule({ cluster: 'x' }).workloadScoped).toBe(true)
        expect(rule({ min_severity: 'LOW_SEVERITY', lifecycle_stage: 'BUILD', policy_category: 'x' }).workloadScoped).toBe(false)
    })

    it('refuses a rule for each thing it cannot use, saying which', () => {
        const cases: Array<[Partial<RoutingRuleRow>, string]> = [
            [{ name: '  ' }, 'it has no name'],
            [{ order: '1.5' }, 'its order "1.5" is not a whole number'],
            [{ order: 'first' }, 'its order "first" is not a whole number'],
            [{ cluster: 'prod-(eu)' }, 'cluster: the pattern "prod-(eu)" looks like a regular expression'],
            [{ namespace: 'gibson.+' }, 'namespace: the pattern "gibson.+" looks like a regular expression'],
            [{ policy: '^Exec' }, 'policy: the pattern "^Exec"'],
            [{ policy_category: '[k]*' }, 'policy_category: the pattern "[k]*"'],
            [{ min_severity: 'URGENT' }, 'its minimum severity "URGENT" is not'],
            [{ lifecycle_stage: 'TEST' }, 'its lifecycle stage "TEST" is not BUILD, DEPLOY or RUNTIME'],
            [{ label: '=x' }, 'the label condition "=x" has no valid key'],
            [{ label: 'bad key=x' }, 'the label condition "bad key=x" has no valid key'],
            [{ label: 'app=' }, 'the label condition "app=" has no pattern after "="'],
            [{ annotation: 'owner=team|x' }, 'the annotation condition: the pattern "team|x" looks like a regular expression'],
            [{ blocked: 'maybe' }, 'blocked is "maybe", not any, yes or no'],
            [{ assignment_group: 'Gibson On-Call' }, 'its group "Gibson On-Call" is not a record of the instance (unknown group)'],
            [{ caller: 'admin' }, 'its caller (user) "admin" is not a record'],
            [{ cmdb_ci: 'gibson-deployment' }, 'its configuration item "gibson-deployment" is not a record'],
            [{ business_service: 'Payments' }, 'its service "Payments" is not a record'],
            [{ urgency: '4' }, 'its urgency override "4" is not 1, 2 or 3'],
            [{ impact: 'high' }, 'its impact override "high" is not 1, 2 or 3'],
            [{ create_incident: 'no' }, 'create_incident and override_annotation must be true or false'],
            [{ override_annotation: 'yes' }, 'create_incident and override_annotation must be true or false'],
        ]
        for (const [values, reason] of cases) {
            const r = compileRule(row(values))
            expect('reason' in r && r.reason, JSON.stringify(values)).toContain(reason)
        }
        // An unnamed rule is named by its sys_id in the warning.
        expect(compileRule(row({ name: '' }))).toMatchObject({ name: '(unnamed rule r0000000000000000000000000000001)' })
    })
})

describe('compileRules', () => {
    it('keeps the usable rules lowest order first (ties by name, then sys_id) and lists the refused ones', () => {
        const { rules, invalid } = compileRules([
            row({ sys_id: 's3', order: '20', name: 'b' }),
            row({ sys_id: 's2', order: '20', name: 'a' }),
            row({ sys_id: 's9', order: '5', name: 'bad', namespace: 'x+' }),
            row({ sys_id: 's1', order: '-1', name: 'z' }),
            row({ sys_id: 's0', order: '20', name: 'a' }),
        ])
        expect(rules.map((r) => r.sysId)).toEqual(['s1', 's0', 's2', 's3'])
        expect(invalid).toEqual([{ name: 'bad', reason: 'namespace: the pattern "x+" looks like a regular expression (use * and ? only)' }])
    })
})

describe('ruleMatches', () => {
    it('an empty rule matches every alert and every storm', () => {
        expect(ruleMatches(rule({}), SUBJECT, 'alert')).toBe(true)
        expect(ruleMatches(rule({}), SUBJECT, 'storm')).toBe(true)
    })

    it('each condition holds or fails on its own', () => {
        const cases: Array<[Partial<RoutingRuleRow>, boolean]> = [
            [{ cluster: 'prod-*' }, true],
            [{ cluster: '8E5B7C4A-2F0D-4B6E-9A1C-3D5E7F9A1B2C' }, true], // the RHACS cluster id, any case
            [{ cluster: 'dev-*' }, false],
            [{ namespace: 'payments-*' }, true],
            [{ namespace: 'payments' }, false],
            [{ min_severity: 'HIGH_SEVERITY' }, true],
            [{ min_severity: 'MEDIUM_SEVERITY' }, true],
            [{ min_severity: 'CRITICAL_SEVERITY' }, false],
            [{ policy: '*exec into pod' }, true],
            [{ policy: '8ab0f199-4904-4808-9461-3501da1d1b77' }, true], // the policy id
            [{ policy: 'latest tag' }, false],
            [{ policy_category: 'anomalous*' }, true],
            [{ policy_category: 'vulnerability*' }, false],
            [{ lifecycle_stage: 'RUNTIME' }, true],
            [{ lifecycle_stage: 'DEPLOY' }, false],
            [{ label: 'app' }, true],
            [{ label: 'app=pay*' }, true],
            [{ label: 'app=shop' }, false],
            [{ label: 'team' }, false],
            [{ label: 'App=payments' }, false], // keys are case-sensitive, as in Kubernetes
            [{ annotation: 'owner=TEAM-PAY' }, true], // values are globs: any case
            [{ annotation: 'owner=team-shop' }, false],
            [{ annotation: 'missing' }, false],
            [{ blocked: 'yes' }, false],
            [{ blocked: 'no' }, true],
            [{ blocked: 'any' }, true],
        ]
        for (const [values, expected] of cases) expect(ruleMatches(rule(values), SUBJECT, 'alert'), JSON.stringify(values)).toBe(expected)
        const blocked = { ...SUBJECT, blocked: true }
        expect(ruleMatches(rule({ blocked: 'yes' }), blocked, 'alert')).toBe(true)
        expect(ruleMatches(rule({ blocked: 'no' }), blocked, 'alert')).toBe(false)
    })

    it('all conditions must hold', () => {
        expect(ruleMatches(rule({ cluster: 'prod-*', namespace: 'payments-*', min_severity: 'HIGH_SEVERITY' }), SUBJECT, 'alert')).toBe(true)
        expect(ruleMatches(rule({ cluster: 'prod-*', namespace: 'shop' }), SUBJECT, 'alert')).toBe(false)
    })

    it('an unknown severity is below every minimum; an alert without categories fails a category condition; a label value that is not text is absent', () => {
        expect(ruleMatches(rule({ min_severity: 'LOW_SEVERITY' }), { ...SUBJECT, severity: 'UNKNOWN_SEVERITY' }, 'alert')).toBe(false)
        expect(ruleMatches(rule({ policy_category: '*' }), { ...SUBJECT, categories: [] }, 'alert')).toBe(false)
        expect(ruleMatches(rule({ label: 'n' }), { ...SUBJECT, labels: { n: 5 } }, 'alert')).toBe(false)
        expect(ruleMatches(rule({ label: 'app' }), { ...SUBJECT, labels: null }, 'alert')).toBe(false)
        // Own keys only: a label named like an Object.prototype member is just absent.
        expect(ruleMatches(rule({ label: 'constructor' }), SUBJECT, 'alert')).toBe(false)
    })

    it('a storm matches only rules whose conditions are all about the policy', () => {
        expect(ruleMatches(rule({ policy: 'kubernetes*', min_severity: 'LOW_SEVERITY', lifecycle_stage: 'RUNTIME', policy_category: 'kub*' }), SUBJECT, 'storm')).toBe(true)
        expect(ruleMatches(rule({ policy: 'other' }), SUBJECT, 'storm')).toBe(false)
        for (const workload of [{ namespace: 'payments-*' }, { cluster: 'prod-*' }, { label: 'app' }, { annotation: 'owner' }, { blocked: 'no' }]) {
            expect(ruleMatches(rule(workload), SUBJECT, 'alert'), JSON.stringify(workload)).toBe(true)
            expect(ruleMatches(rule(workload), SUBJECT, 'storm'), JSON.stringify(workload)).toBe(false)
        }
    })
})

describe('firstMatchingRule', () => {
    it('returns the first rule in order that matches, or null', () => {
        const { rules } = compileRules([row({ sys_id: 'a', order: '10', name: 'dev', cluster: 'dev-*' }), row({ sys_id: 'b', order: '20', name: 'prod', cluster: 'prod-*' }), row({ sys_id: 'c', order: '30', name: 'all' })])
        expect(firstMatchingRule(rules, SUBJECT, 'alert')?.name).toBe('prod')
        expect(firstMatchingRule(rules, { ...SUBJECT, clusterName: 'dev-1', clusterId: '' }, 'alert')?.name).toBe('dev')
        expect(firstMatchingRule(rules.slice(0, 2), { ...SUBJECT, clusterName: 'qa', clusterId: '' }, 'alert')).toBeNull()
        expect(firstMatchingRule([], SUBJECT, 'alert')).toBeNull()
    })
})

describe('annotationToResolve', () => {
    const key = 'servicenow/assignment-group'
    it('the trimmed annotation value when the deployment carries it', () => {
        expect(annotationToResolve(null, SUBJECT, key)).toBe('Payments On-Call')
        expect(annotationToResolve(rule({ assignment_group: G1 }), SUBJECT, key)).toBe('Payments On-Call')
        // Overriding needs a group on the rule: a rule that names none cannot override.
        expect(annotationToResolve(rule({ override_annotation: 'true' }), SUBJECT, key)).toBe('Payments On-Call')
    })
    it('nothing when the key is unset, absent, not text or too long, or the rule overrides annotations with its group', () => {
        expect(annotationToResolve(null, SUBJECT, '')).toBe('')
        expect(annotationToResolve(null, { ...SUBJECT, annotations: null }, key)).toBe('')
        expect(annotationToResolve(null, { ...SUBJECT, annotations: { [key]: 7 } }, key)).toBe('')
        expect(annotationToResolve(null, { ...SUBJECT, annotations: { [key]: 'g'.repeat(256) } }, key)).toBe('')
        expect(annotationToResolve(rule({ assignment_group: G1, override_annotation: 'true' }), SUBJECT, key)).toBe('')
    })
})

describe('decideRouting (golden decisions)', () => {
    const properties = { propertyGroup: G2, propertyCaller: 'u0000000000000000000000000000001' }

    it('no rule, no annotation: the properties, routed_by property', () => {
        expect(decideRouting({ rule: null, annotationGroup: '', foundCi: '', ...properties })).toEqual({
            fields: { assignment_group: G2, caller_id: 'u0000000000000000000000000000001' },
            routedBy: 'property',
            createIncident: true,
        })
        expect(decideRouting({ rule: null, annotationGroup: '', foundCi: '', propertyGroup: '', propertyCaller: '' })).toEqual({ fields: {}, routedBy: 'property', createIncident: true })
    })

    it('no rule, the annotation names a group, a CI was found: annotation', () => {
        expect(decideRouting({ rule: null, annotationGroup: G1, foundCi: CI, ...properties })).toEqual({
            fields: { assignment_group: G1, caller_id: 'u0000000000000000000000000000001', cmdb_ci: CI },
            routedBy: 'annotation',
            createIncident: true,
        })
    })

    it('a rule: every field it names; the property fills group and caller it leaves empty; the rule names itself', () => {
        const r = rule({ name: 'Gibson', category: 'Security', subcategory: 'Runtime', business_service: CI, urgency: '1', impact: '3' })
        expect(decideRouting({ rule: r, annotationGroup: '', foundCi: CI, ...properties })).toEqual({
            fields: { assignment_group: G2, caller_id: 'u0000000000000000000000000000001', category: 'Security', subcategory: 'Runtime', cmdb_ci: CI, business_service: CI, urgency: '1', impact: '3' },
            routedBy: 'Gibson',
            createIncident: true,
        })
    })

    it("the annotation's group wins over the rule's group, not over its other fields", () => {
        const r = rule({ name: 'Gibson', assignment_group: G1, category: 'Security', caller: 'b0000000000000000000000000000009', cmdb_ci: CI })
        expect(decideRouting({ rule: r, annotationGroup: G2, foundCi: 'c0000000000000000000000000000099', ...properties })).toEqual({
            fields: { assignment_group: G2, caller_id: 'b0000000000000000000000000000009', category: 'Security', cmdb_ci: CI },
            routedBy: 'annotation + Gibson',
            createIncident: true,
        })
    })

    it('a rule that overrides annotations keeps its group', () => {
        const r = rule({ name: 'Security owns prod', assignment_group: G1, override_annotation: 'true' })
        expect(decideRouting({ rule: r, annotationGroup: G2, foundCi: '', propertyGroup: '', propertyCaller: '' })).toEqual({
            fields: { assignment_group: G1 },
            routedBy: 'Security owns prod',
            createIncident: true,
        })
    })

    it('a rule that creates no Incident says so', () => {
        expect(decideRouting({ rule: rule({ name: 'Dev: no Incident', create_incident: 'false' }), annotationGroup: '', foundCi: '', propertyGroup: '', propertyCaller: '' })).toEqual({
            fields: {},
            routedBy: 'Dev: no Incident',
            createIncident: false,
        })
    })
})
