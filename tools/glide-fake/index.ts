// An in-house stand-in for `@servicenow/glide` (types only under Node), one file per platform
// class: the semantics the app relies on, each rule citing its source in
// docs/platform-assumptions.md. vitest aliases `@servicenow/glide` (and its subpaths) here;
// the shipped-code harness hands the same exports to the modules the build wrote.

export { FakeInstance, fakeInstance, glideValueOf, outOfBoxPriority, type JournalEntry, type LogLevel, type OperationEvent, type OpKind, type Row } from './instance'
export { GlideQueryCondition, GlideRecord } from './glide-record'
export { GlideAggregate } from './glide-aggregate'
export { GlideDateTime } from './glide-date-time'
export { GlideDigest, javaUtf8, setDigestBackend, sha256Hex } from './glide-digest'
export { GlideSysAttachment } from './glide-sys-attachment'
export { gs } from './gs'
export { RESTMessageV2, RESTResponseV2, MAX_HTTP_TIMEOUT_MS } from './sn-ws'
export { StandardCredential, StandardCredentialsProvider } from './sn-cc'
export type { OutboundHandler, OutboundRequest } from './instance'
