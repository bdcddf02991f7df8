import React from 'react'
import { deliveryLink, incidentLink, incidentListLink, jobRunLink, outcomeLabel, PRIORITY_LABELS, type HealthDocument } from '../health-view'

export function ProblemsList({ problems }: { problems: HealthDocument['recent_problems'] }) {
    return (
        <section className="health-panel" aria-labelledby="problems-title">
            <h2 id="problems-title">Refused and failed deliveries (last 7 days, newest first)</h2>
            {problems.length === 0 ? (
                <p className="health-muted" data-testid="no-problems">
                    None: RHACS got a 2xx answer for every delivery.
                </p>
            ) : (
                <table className="health-table" data-testid="problems">
                    <thead>
                        <tr>
                            <th scope="col">Received (UTC)</th>
                            <th scope="col">Outcome</th>
                            <th scope="col">HTTP</th>
                            <th scope="col" className="health-detail">
                                Detail
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {problems.map((p) => (
                            <tr key={p.sys_id}>
                                <td>
                                    <a href={deliveryLink(p.sys_id)}>{p.received}</a>
                                </td>
                                <td>{outcomeLabel(p.outcome)}</td>
                                <td>{p.http_status}</td>
                                <td className="health-detail">{p.detail}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
        </section>
    )
}

export function IncidentsPanel({ doc }: { doc: HealthDocument }) {
    const priorities = Object.keys(doc.open_by_priority).sort()
    return (
        <section className="health-panel" aria-labelledby="incidents-title" data-testid="incidents">
            <h2 id="incidents-title">Open RHACS Incidents</h2>
            <p>
                <a href={incidentListLink()}>{doc.open_incidents} open</a>
            </p>
            {priorities.length > 0 ? (
                <ul className="health-list">
                    {priorities.map((p) => (
                        <li key={p}>
                            <a href={incidentListLink(p)}>
                                {PRIORITY_LABELS[p] || 'Priority ' + p}: {doc.open_by_priority[p]}
                            </a>
                        </li>
                    ))}
                </ul>
            ) : null}
        </section>
    )
}

export function StormsPanel({ doc }: { doc: HealthDocument }) {
    return (
        <section className="health-panel" aria-labelledby="storms-title" data-testid="storms">
            <h2 id="storms-title">Active storms: {doc.active_storms}</h2>
            {doc.storms.length === 0 ? (
                <p className="health-muted">No policy is over its storm budget.</p>
            ) : (
                <ul className="health-list">
                    {doc.storms.map((s) => (
                        <li key={s.sys_id}>
                            <a href={incidentLink(s.sys_id)}>{s.number}</a> {s.short_description} ({s.occurrences} occurrences, opened {s.opened} UTC)
                        </li>
                    ))}
                </ul>
            )}
        </section>
    )
}

export function RunsPanel({ runs, centralConfigured }: { runs: HealthDocument['reconcile_runs']; centralConfigured: boolean }) {
    return (
        <section className="health-panel" aria-labelledby="runs-title" data-testid="runs">
            <h2 id="runs-title">Reconcile with RHACS Central: latest runs</h2>
            {runs.length === 0 ? (
                <p className="health-muted">
                    {centralConfigured ? 'The reconcile job has not run yet.' : 'No runs: Central is not configured, so the reconcile job does not run.'}
                </p>
            ) : (
                <table className="health-table">
                    <thead>
                        <tr>
                            <th scope="col">Started (UTC)</th>
                            <th scope="col">Outcome</th>
                            <th scope="col">Incidents checked</th>
                            <th scope="col">Resolved</th>
                            <th scope="col">Noted</th>
                            <th scope="col">Central calls</th>
                            <th scope="col">Errors</th>
                            <th scope="col" className="health-detail">
                                Detail
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {runs.map((r) => (
                            <tr key={r.sys_id} className={r.errors > 0 || r.outcome === 'error' ? 'health-row--bad' : ''}>
                                <td>
                                    <a href={jobRunLink(r.sys_id)}>{r.started}</a>
                                </td>
                                <td>{r.outcome}</td>
                                <td>{r.incidents_checked}</td>
                                <td>{r.incidents_resolved}</td>
                                <td>{r.incidents_noted}</td>
                                <td>{r.central_calls}</td>
                                <td>{r.errors}</td>
                                <td className="health-detail">{r.detail}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
        </section>
    )
}

export function ConfigPanel({ doc }: { doc: HealthDocument }) {
    const c = doc.config
    const rows: Array<[string, string]> = [
        ['Dedup mode', c.dedup_mode],
        ['Storm budgets', c.storm_policy_budget + ' per policy, ' + c.storm_global_budget + ' overall, per ' + c.storm_window_minutes + ' minutes'],
        ['Silence alarm', c.silence_hours === 0 ? 'off' : 'after ' + c.silence_hours + ' hours' + (c.silence_event ? ', with the event x_rhacs_snow.health.silent' : ', log warning only')],
        ['Central configured', c.central_configured ? 'yes' : 'no'],
        ['Routing rules active', c.routing_rules_active === null ? 'not installed' : String(c.routing_rules_active)],
    ]
    return (
        <section className="health-panel" aria-labelledby="config-title" data-testid="config">
            <h2 id="config-title">Configuration</h2>
            <dl className="health-config">
                {rows.map(([k, v]) => (
                    <React.Fragment key={k}>
                        <dt>{k}</dt>
                        <dd>{v}</dd>
                    </React.Fragment>
                ))}
            </dl>
            {c.invalid_properties.length > 0 ? (
                <p className="health-warning">Invalid values (their defaults apply): {c.invalid_properties.join(', ')}.</p>
            ) : null}
        </section>
    )
}
