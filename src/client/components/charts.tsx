import React, { useState } from 'react'
import { chartLayout, hourLabel, outcomeLabel, outcomesPresent, OUTCOMES, type Bucket } from '../health-view'

/** Deliveries per hour, stacked by outcome: an SVG for the eye, a table with the same numbers for screen readers. */
export function HourChart({ byHour }: { byHour: Array<Bucket & { hour: string }> }) {
    const [showTable, setShowTable] = useState(false)
    const layout = chartLayout(byHour)
    const columns = outcomesPresent(byHour)
    const total = byHour.reduce((n, b) => n + b.total, 0)
    return (
        <section className="health-panel" aria-labelledby="hours-title">
            <h2 id="hours-title">Deliveries per hour, last 24 hours (UTC)</h2>
            <svg
                className="health-chart"
                viewBox={'0 0 ' + layout.width + ' ' + layout.height}
                role="img"
                aria-label={total + ' deliveries in the last 24 hours; the table below has the numbers per hour and outcome.'}
                data-testid="hour-chart"
            >
                {layout.ticks.map((t) => (
                    <g key={t.value}>
                        <line x1={layout.plot.left} x2={layout.width - 8} y1={t.y} y2={t.y} className="health-chart__grid" />
                        <text x={layout.plot.left - 6} y={t.y + 4} textAnchor="end" className="health-chart__axis">
                            {t.value}
                        </text>
                    </g>
                ))}
                {layout.bars.map((bar, i) => (
                    <g key={bar.label + i}>
                        {bar.segments.map((s) => (
                            <rect key={s.outcome} x={s.x} y={s.y} width={s.width} height={s.height} fill={s.color}>
                                <title>{bar.label + ' UTC: ' + s.count + ' ' + outcomeLabel(s.outcome).toLowerCase()}</title>
                            </rect>
                        ))}
                        {i % 3 === 0 || i === layout.bars.length - 1 ? (
                            <text x={bar.x + bar.width / 2} y={layout.plot.bottom + 16} textAnchor="middle" className="health-chart__axis">
                                {bar.label}
                            </text>
                        ) : null}
                    </g>
                ))}
            </svg>
            <ul className="health-legend" aria-hidden="true">
                {OUTCOMES.filter((o) => columns.indexOf(o.id) >= 0).map((o) => (
                    <li key={o.id}>
                        <span className="health-legend__swatch" style={{ background: o.color }} />
                        {o.label}
                    </li>
                ))}
            </ul>
            <label className="health-toggle">
                <input type="checkbox" checked={showTable} onChange={(e) => setShowTable(e.target.checked)} /> Show the numbers as a table
            </label>
            <table className={showTable ? 'health-table' : 'health-table health-sr-only'} data-testid="hour-table">
                <caption>Deliveries per hour (UTC) by outcome</caption>
                <thead>
                    <tr>
                        <th scope="col">Hour (UTC)</th>
                        {columns.map((c) => (
                            <th scope="col" key={c}>
                                {outcomeLabel(c)}
                            </th>
                        ))}
                        <th scope="col">Total</th>
                    </tr>
                </thead>
                <tbody>
                    {byHour.map((b) => (
                        <tr key={b.hour} data-hour={b.hour}>
                            <th scope="row">{hourLabel(b.hour)}</th>
                            {columns.map((c) => (
                                <td key={c} data-outcome={c}>
                                    {b.counts[c] || 0}
                                </td>
                            ))}
                            <td data-outcome="total">{b.total}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
        </section>
    )
}

export function DaysTable({ byDay }: { byDay: Array<Bucket & { day: string }> }) {
    const columns = outcomesPresent(byDay)
    return (
        <section className="health-panel" aria-labelledby="days-title">
            <h2 id="days-title">Last 7 days (UTC)</h2>
            <table className="health-table" data-testid="day-table">
                <thead>
                    <tr>
                        <th scope="col">Day</th>
                        {columns.map((c) => (
                            <th scope="col" key={c}>
                                {outcomeLabel(c)}
                            </th>
                        ))}
                        <th scope="col">Total</th>
                    </tr>
                </thead>
                <tbody>
                    {byDay.map((b) => (
                        <tr key={b.day} data-day={b.day}>
                            <th scope="row">{b.day}</th>
                            {columns.map((c) => (
                                <td key={c} data-outcome={c}>
                                    {b.counts[c] || 0}
                                </td>
                            ))}
                            <td data-outcome="total">{b.total}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
        </section>
    )
}
