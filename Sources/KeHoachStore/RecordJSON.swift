#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import KeHoach

/// The one JSON form of occurrences and outbox notices, shared by the C API (`kehoach.h`
/// documents it) and the CLI's `--json` output, so a program reads the same keys from both.
public enum RecordJSON {
    /// One element of `kehoach_occurrences_json`.
    public struct OccurrenceJSON: Encodable {
        var id: String
        var plan_id: Int64
        var plan_number: String
        var task_ref: String
        var task: String
        var label: String
        var source: String
        var written_due: String
        var due: String
        var dimension: String?
        var lead_units: [String]
        var coordinating_units: [String]
        var state: String
        var completion: CompletionJSON?
        var plan_key: String
        var org: String
        var org_name: String
        var lead_unit_ids: [String]
        var coordinating_unit_ids: [String]
        var matched_role: String?

        public init(_ record: OccurrenceRecord) {
            id = record.occurrence.id
            plan_id = record.planID
            plan_key = record.planKey
            org = record.organisationCode
            org_name = record.organisationName
            lead_unit_ids = record.leadUnitIDs
            coordinating_unit_ids = record.coordinatingUnitIDs
            matched_role = record.matchedRole?.rawValue
            plan_number = record.planNumber
            task_ref = record.occurrence.taskRef
            task = record.taskDescription
            label = record.occurrence.label
            source = record.occurrence.source.rawValue
            written_due = record.occurrence.writtenDue.iso
            due = record.occurrence.effectiveDue.iso
            dimension = record.dimension
            lead_units = record.leadUnits
            coordinating_units = record.coordinatingUnits
            state = record.state.rawValue
            completion = record.completion.map(CompletionJSON.init)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(id, forKey: .id)
            try container.encode(plan_id, forKey: .plan_id)
            try container.encode(plan_number, forKey: .plan_number)
            try container.encode(task_ref, forKey: .task_ref)
            try container.encode(task, forKey: .task)
            try container.encode(label, forKey: .label)
            try container.encode(source, forKey: .source)
            try container.encode(written_due, forKey: .written_due)
            try container.encode(due, forKey: .due)
            try container.encode(dimension, forKey: .dimension)
            try container.encode(lead_units, forKey: .lead_units)
            try container.encode(coordinating_units, forKey: .coordinating_units)
            try container.encode(state, forKey: .state)
            try container.encode(completion, forKey: .completion)
            try container.encode(plan_key, forKey: .plan_key)
            try container.encode(org, forKey: .org)
            try container.encode(org_name, forKey: .org_name)
            try container.encode(lead_unit_ids, forKey: .lead_unit_ids)
            try container.encode(coordinating_unit_ids, forKey: .coordinating_unit_ids)
            try container.encode(matched_role, forKey: .matched_role)
        }

        enum Key: String, CodingKey {
            case id, plan_id, plan_number, task_ref, task, label, source, written_due, due, dimension, lead_units
            case coordinating_units, state, completion, plan_key, org, org_name, lead_unit_ids, coordinating_unit_ids
            case matched_role
        }
    }

    /// A completion or waiver inside an occurrence.
    public struct CompletionJSON: Encodable {
        var state: String
        var on: String
        var evidence: String?
        var by: String
        var note: String?

        public init(_ completion: Completion) {
            state = completion.state.rawValue
            on = completion.on.iso
            evidence = completion.evidence
            by = completion.by
            note = completion.note
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(state, forKey: .state)
            try container.encode(on, forKey: .on)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(by, forKey: .by)
            try container.encode(note, forKey: .note)
        }

        enum Key: String, CodingKey { case state, on, evidence, by, note }
    }

    /// One element of `kehoach_notices_json`.
    public struct NoticeJSON: Encodable {
        var seq: Int64
        var id: String
        var kind: String
        var step: Int
        var occurrence_id: String
        var plan_number: String
        var task_ref: String
        var recipients: [String]
        var unit: String
        var due: String
        var days: Int
        var late: Bool
        var message: String
        var recorded_at: String
        var sent_at: String?
        var plan_key: String
        var org: String
        var org_name: String
        var recipient_names: [String]
        var lead_units: [String]
        var lead_unit_ids: [String]

        public init(_ entry: OutboxEntry) {
            let notice = entry.notice
            seq = entry.sequence
            plan_key = notice.planKey
            org = notice.organisationCode
            org_name = notice.organisationName
            recipient_names = notice.recipientNames
            lead_units = notice.leadUnitNames
            lead_unit_ids = notice.leadUnits
            id = notice.id
            kind = notice.kind.rawValue
            step = notice.step
            occurrence_id = notice.occurrenceID
            plan_number = notice.planNumber
            task_ref = notice.taskRef
            recipients = notice.recipients
            unit = notice.unitName
            due = notice.due.iso
            days = notice.days
            late = notice.late
            message = notice.message
            recorded_at = entry.recordedAt.iso
            sent_at = entry.sentAt?.iso
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(seq, forKey: .seq)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(step, forKey: .step)
            try container.encode(occurrence_id, forKey: .occurrence_id)
            try container.encode(plan_number, forKey: .plan_number)
            try container.encode(task_ref, forKey: .task_ref)
            try container.encode(recipients, forKey: .recipients)
            try container.encode(unit, forKey: .unit)
            try container.encode(due, forKey: .due)
            try container.encode(days, forKey: .days)
            try container.encode(late, forKey: .late)
            try container.encode(message, forKey: .message)
            try container.encode(recorded_at, forKey: .recorded_at)
            try container.encode(sent_at, forKey: .sent_at)
            try container.encode(plan_key, forKey: .plan_key)
            try container.encode(org, forKey: .org)
            try container.encode(org_name, forKey: .org_name)
            try container.encode(recipient_names, forKey: .recipient_names)
            try container.encode(lead_units, forKey: .lead_units)
            try container.encode(lead_unit_ids, forKey: .lead_unit_ids)
        }

        enum Key: String, CodingKey {
            case seq, id, kind, step, occurrence_id, plan_number, task_ref, recipients, unit, due, days, late
            case message, recorded_at, sent_at, plan_key, org, org_name, recipient_names, lead_units, lead_unit_ids
        }
    }

    /// `values` as one line of JSON with sorted keys (stable from run to run), nulls written out
    /// so that every documented key is present.
    public static func encode<T: Encodable>(_ values: [T]) throws(KeHoachError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(values), as: UTF8.self)
        } catch {
            throw .invalidJSON(detail: "không ghi được JSON: \(error)")
        }
    }

    /// One occurrence as one line of JSON (the element form of ``encode(_:)``).
    public static func line(_ record: OccurrenceRecord) -> String {
        let array = (try? encode([OccurrenceJSON(record)])) ?? "[]"
        return String(array.dropFirst().dropLast())
    }
}
