import React from 'react'
import { statusLine, type HealthDocument } from '../health-view'

export function StatusLine({ doc }: { doc: HealthDocument }) {
    const line = statusLine(doc)
    return (
        <p className={'health-status health-status--' + line.level} role="status" data-testid="status" data-level={line.level}>
            <span className="health-status__dot" aria-hidden="true" />
            {line.text}
        </p>
    )
}

export function ErrorsBanner({ errors }: { errors: string[] }) {
    if (errors.length === 0) return null
    return (
        <div className="health-denied" role="alert" data-testid="partial-errors">
            <p>Some figures could not be computed; the rest of the page is current:</p>
            <ul>
                {errors.map((e) => (
                    <li key={e}>{e}</li>
                ))}
            </ul>
        </div>
    )
}

export function EmptyState() {
    return (
        <section className="health-empty" data-testid="empty-state" aria-labelledby="empty-title">
            <h2 id="empty-title">Nothing has arrived from RHACS yet</h2>
            <p>
                This instance has no deliveries: RHACS has not posted to <code>/api/x_rhacs_snow/rhacs/alert</code> yet, or every delivery is older than the retention
                period.
            </p>
            <p>
                To check the connection, press <strong>Test</strong> on the Generic Webhook notifier in RHACS (<em>Platform Configuration &gt; Integrations &gt; Notifier
                Integrations &gt; Generic Webhook</em>). Within seconds a delivery appears here and the Incident <em>RHACS integration test</em> is created or updated. If RHACS
                reports an error, the answer names the cause: 401 (credentials), 403 (the integration user lacks <code>x_rhacs_snow.integration</code>).
            </p>
        </section>
    )
}
