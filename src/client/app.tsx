import React, { useEffect, useState } from 'react'
import './health.css'
import { HEALTH_URL, interpret, ROLES_NEEDED, type HealthDocument, type Load } from './health-view'
import { StatusLine, EmptyState, ErrorsBanner } from './components/status'
import { HourChart, DaysTable } from './components/charts'
import { ProblemsList, IncidentsPanel, StormsPanel, RunsPanel, ConfigPanel } from './components/panels'

declare global {
    interface Window {
        /** The session's anti-CSRF token, which <sdk:now-ux-globals> writes into the page. */
        g_ck?: string
    }
}

async function loadHealth(): Promise<Load> {
    const headers: { [name: string]: string } = { Accept: 'application/json' }
    // A browser REST call must carry the session token, or the platform refuses it (401).
    if (window.g_ck) headers['X-UserToken'] = window.g_ck
    try {
        const response = await fetch(HEALTH_URL, { headers, credentials: 'same-origin' })
        let body: unknown = null
        try {
            body = await response.json()
        } catch (e) {
            body = null
        }
        return interpret(response.status, body)
    } catch (e) {
        return { kind: 'error', message: e instanceof Error ? e.message : String(e) }
    }
}

function Dashboard({ doc }: { doc: HealthDocument }) {
    return (
        <>
            <StatusLine doc={doc} />
            <ErrorsBanner errors={doc.errors} />
            {doc.status.level === 'empty' ? <EmptyState /> : null}
            <HourChart byHour={doc.by_hour} />
            <div className="health-grid">
                <IncidentsPanel doc={doc} />
                <StormsPanel doc={doc} />
            </div>
            <ProblemsList problems={doc.recent_problems} />
            <DaysTable byDay={doc.by_day} />
            <RunsPanel runs={doc.reconcile_runs} centralConfigured={doc.config.central_configured} />
            <ConfigPanel doc={doc} />
            <p className="health-footer">Computed at {doc.generated_at} UTC. Reload the page for fresh figures.</p>
        </>
    )
}

export default function App() {
    const [load, setLoad] = useState<Load>({ kind: 'loading' })
    useEffect(() => {
        let live = true
        loadHealth().then((l) => {
            if (live) setLoad(l)
        })
        return () => {
            live = false
        }
    }, [])
    return (
        <main className="health-app">
            <h1>RHACS integration health</h1>
            {load.kind === 'loading' ? <p className="health-loading">Loading…</p> : null}
            {load.kind === 'ok' ? <Dashboard doc={load.doc} /> : null}
            {load.kind === 'forbidden' ? (
                <div className="health-denied" role="alert" data-testid="forbidden">
                    <p>
                        You cannot see the integration health: it needs the role <strong>{ROLES_NEEDED}</strong>. Ask a ServiceNow admin to grant one of them.
                    </p>
                    <p className="health-muted">The health endpoint answered 403{load.message !== '' ? ' (' + load.message + ')' : ''}.</p>
                </div>
            ) : null}
            {load.kind === 'unauthenticated' ? (
                <div className="health-denied" role="alert" data-testid="unauthenticated">
                    <p>Your session could not be verified (HTTP 401). Reload the page; if it persists, log in again.</p>
                </div>
            ) : null}
            {load.kind === 'error' ? (
                <div className="health-denied" role="alert" data-testid="load-error">
                    <p>The integration health could not be loaded: {load.message}.</p>
                </div>
            ) : null}
        </main>
    )
}
