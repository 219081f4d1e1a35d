/// Walks `Results` values by reflection and records, per `Type.field`, whether any value gave an optional
/// field a value or an array field an element: what `ResultsReaderTests` needs its files to cover.
struct FieldCensus {
    private(set) var filled: Set<String> = []
    private var seen: Set<String> = []

    var neverFilled: [String] { seen.subtracting(filled).sorted() }

    mutating func visit(_ value: Any) {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .struct else {
            if mirror.displayStyle == .collection { mirror.children.forEach { visit($0.value) } }
            return
        }
        for child in mirror.children {
            guard let label = child.label else { continue }
            let field = "\(mirror.subjectType).\(label)"
            let inner = Mirror(reflecting: child.value)
            switch inner.displayStyle {
            case .optional:
                seen.insert(field)
                if let wrapped = inner.children.first?.value {
                    filled.insert(field)
                    visit(wrapped)
                }
            case .collection:
                seen.insert(field)
                if !inner.children.isEmpty { filled.insert(field) }
                visit(child.value)
            default:
                visit(child.value)
            }
        }
    }
}
