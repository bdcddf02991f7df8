// GlideSysAttachment on the fake instance: write() stores the content and a sys_attachment row.

import { fakeInstance, type Row } from './instance'
import { GlideRecord } from './glide-record'

export class GlideSysAttachment {
    write(record: GlideRecord, fileName: string, contentType: string, content: string): string {
        fakeInstance.record({ op: 'attach', table: record.getTableName() })
        const row: Row = { table_name: record.getTableName(), table_sys_id: record.getUniqueValue(), file_name: fileName, content_type: contentType }
        // Part of the one 'attach' operation, not an insert of its own.
        const attachmentId = fakeInstance.insert('sys_attachment', row, [], false) ?? ''
        fakeInstance.attachments.push({ attachmentId, table: record.getTableName(), sysId: record.getUniqueValue(), fileName, contentType, content })
        return attachmentId
    }

    getAttachments(tableName: string, sysId: string): GlideRecord {
        const gr = new GlideRecord('sys_attachment')
        gr.addQuery('table_name', tableName)
        gr.addQuery('table_sys_id', sysId)
        gr.query()
        return gr
    }

    deleteAttachment(attachmentId: string): void {
        fakeInstance.record({ op: 'delete', table: 'sys_attachment', fields: ['sys_id'] })
        fakeInstance.dropRows('sys_attachment', new Set([attachmentId]))
        fakeInstance.attachments = fakeInstance.attachments.filter((a) => a.attachmentId !== attachmentId)
    }
}
