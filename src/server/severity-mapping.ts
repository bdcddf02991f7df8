// RHACS policy severity -> Incident urgency and impact. The platform derives priority from
// these two through its priority lookup rules; the app never writes priority itself.

import type { AppConfig, UrgencyImpact } from './app-properties.ts'

export function urgencyImpactFor(severity: string, config: AppConfig): UrgencyImpact {
    switch (severity) {
        case 'CRITICAL_SEVERITY':
            return config.severity.critical
        case 'HIGH_SEVERITY':
            return config.severity.high
        case 'MEDIUM_SEVERITY':
            return config.severity.medium
        case 'LOW_SEVERITY':
            return config.severity.low
        default:
            return config.severity.other
    }
}
