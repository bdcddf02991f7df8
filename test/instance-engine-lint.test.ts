// The lint rule set on src/server rejects what the instance's engine rejects. Proven on probes,
// so a config change that silently disables a rule fails here.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname })

async function errorsFor(code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: 'src/server/lint-probe.ts' })
    return result.messages.map((m) => m.ruleId ?? m.message)
}

const forbidden: Array<[string, string]> = [
    ['async/await', 'export async function f(): Promise<void> { await 1 }'],
    ['Promise', 'export const p = new Promise(() => undefined)'],
    ['generators', 'export function* g() { yield 1 }'],
    ['WeakMap', 'export const w = new WeakMap()'],
    ['WeakRef', 'export const w = new WeakRef({})'],
    ['Proxy', 'export const p = new Proxy({}, {})'],
    ['Reflect', 'export const r = Reflect.ownKeys({})'],
    ['globalThis', 'export const g = globalThis'],
    ['.at()', 'export function f(a: number[]) { return a.at(-1) }'],
    ['regex lookbehind', 'export const r = /(?<=a)b/'],
    ['regex u flag', 'export const r = /a/u'],
    ['Intl', 'export const f = new Intl.NumberFormat()'],
    ['timers', 'setTimeout(() => undefined, 1)'],
    ['catch without binding', 'export function f() { try { return 1 } catch { return 2 } }'],
    ['BigInt', 'export const b = 1n'],
    ['#private', 'export class A { #x = 1; get() { return this.#x } }'],
    ['Date string parsing', "export const d = new Date('2024-05-01 10:00:00')"],
    ['Node APIs', "export const e = process.env"],
    ['an extensionless relative import', "import { truncate } from './text-limits'\nexport const t = truncate"],
]

describe('instance engine lint rules on src/server', () => {
    for (const [what, code] of forbidden) {
        it('rejects ' + what, async () => {
            expect(await errorsFor(code)).not.toEqual([])
        })
    }

    it('names the specifier of an extensionless relative import', async () => {
        const [result] = await eslint.lintText("import { truncate } from '../server/text-limits'\nexport const t = truncate", { filePath: 'src/server/lint-probe.ts' })
        expect(result.messages.map((m) => m.message)).toEqual([
            "Relative import '../server/text-limits' must name its file with the .ts extension ('../server/text-limits.ts'): the instance adds no extension.",
        ])
    })

    it('accepts the ES12 features the instance supports', async () => {
        const ok = [
            'export const a = [1, 2].includes(1) && Object.entries({ a: 1 }).length > 0',
            'export const b = (x?: { y?: number }) => x?.y ?? 0',
            'export class C { private n = 1; get value() { return this.n } }',
            "export const s = 'a'.padStart(3, '0').replaceAll('0', '1')",
            'export const m = new Map<string, number>([["a", 1]])',
            'export function f(...xs: number[]) { let t = 0; for (const x of xs) t **= x; return { ...{ t } } }',
            'export const d = new Date(Date.UTC(2024, 0, 1))',
            "export { truncate } from './text-limits.ts'",
        ].join('\n')
        expect(await errorsFor(ok)).toEqual([])
    })
})
