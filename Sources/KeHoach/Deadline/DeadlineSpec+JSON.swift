/// The JSON form of a deadline spec: the contract other parts (store, C API, CLI) read.
///
/// ```
/// {"text": "...", "milestones": [{"label": "Báo cáo" | null, "due": "YYYY-MM-DD", "written": "..."}],
///  "recurrence": ["month" | "quarter" | "half_year" | "nine_months" | "year"],
///  "recurring_days": [{"period": "month", "day": 5, "before": true, "month": "last" | "first" | "next"}],  (only when any)
///  "continuous": false,
///  "event": null | {"trigger": "...", "offset_days": N | null, "working_days": false},
///  "school_year": null | {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"},
///  "unspecified": false, "diagnostics": ["..."]}
/// ```
/// Written by hand (no encoder): keys in this order, strings escaped per RFC 8259.
extension DeadlineSpec {
    /// The spec as one JSON object, in the contract's key order.
    public var json: String {
        var out = "{\"text\": "
        DeadlineSpec.appendString(text, to: &out)
        out += ", \"milestones\": ["
        for (k, m) in milestones.enumerated() {
            if k > 0 { out += ", " }
            out += "{\"label\": "
            if let label = m.label { DeadlineSpec.appendString(label, to: &out) } else { out += "null" }
            out += ", \"due\": \"" + m.due.iso + "\", \"written\": "
            DeadlineSpec.appendString(m.written, to: &out)
            out += "}"
        }
        out += "], \"recurrence\": ["
        out += recurrence.map { "\"" + $0.rawValue + "\"" }.joined(separator: ", ")
        // Present only when a recurrence names its day, so that every cell read before it
        // existed keeps the very same JSON.
        let days = recurrences.compactMap { r in
            r.day.map { "{\"period\": \"\(r.period.rawValue)\", \"day\": \($0.day), \"before\": \($0.before), \"month\": \"\($0.month.rawValue)\"}" }
        }
        if !days.isEmpty { out += "], \"recurring_days\": [" + days.joined(separator: ", ") }
        out += "], \"continuous\": " + (continuous ? "true" : "false") + ", \"event\": "
        if let event {
            out += "{\"trigger\": "
            DeadlineSpec.appendString(event.trigger, to: &out)
            out += ", \"offset_days\": " + (event.offsetDays.map(String.init) ?? "null")
            out += ", \"working_days\": " + (event.workingDays ? "true" : "false") + "}"
        } else {
            out += "null"
        }
        out += ", \"school_year\": "
        if let schoolYear {
            out += "{\"start\": \"" + schoolYear.start.iso + "\", \"end\": \"" + schoolYear.end.iso + "\"}"
        } else {
            out += "null"
        }
        out += ", \"unspecified\": " + (unspecified ? "true" : "false") + ", \"diagnostics\": ["
        for (k, d) in diagnostics.enumerated() {
            if k > 0 { out += ", " }
            DeadlineSpec.appendString(d, to: &out)
        }
        return out + "]}"
    }

    /// Appends `value` as a JSON string literal (see ``JSONString``).
    static func appendString(_ value: String, to out: inout String) {
        JSONString.append(value, to: &out)
    }
}
