/// A ```` ```concreport NAME ARG ```` fence as the author wrote it: name, argument and `key: value` options.
struct DirectiveCall: Sendable, Equatable {
    struct Option: Sendable, Equatable {
        var key: String
        var value: String
        var location: SourceLocation
    }

    var name: String
    var argument: String?
    var location: SourceLocation
    var argumentLocation: SourceLocation
    var options: [Option]

    func option(_ key: String) -> String? {
        options.last { $0.key == key }?.value
    }

    /// Refuses option keys the directive does not know, naming the closest one.
    func checkOptions(allowed: [String]) throws(TemplateError) {
        for option in options where !allowed.contains(option.key) {
            throw .unknownOption(at: option.location.description, directive: name, key: option.key,
                                 suggestion: NearestName.to(option.key, among: allowed))
        }
    }

    /// The argument, which must be one of `allowed`.
    func requireArgument(among allowed: [String]) throws(TemplateError) -> String {
        guard let argument, allowed.contains(argument) else {
            throw .unknownArgument(at: argumentLocation.description, directive: name,
                                   argument: argument ?? "", suggestion: NearestName.to(argument ?? "", among: allowed))
        }
        return argument
    }

    /// A positive whole-number option.
    func count(_ key: String, default fallback: Int) throws(TemplateError) -> Int {
        guard let option = options.last(where: { $0.key == key }) else { return fallback }
        guard let value = Int(option.value.trimmingSpaces), value > 0 else {
            throw .malformedExpression(at: option.location.description, text: option.value,
                                       reason: "`\(key)` needs a whole number above 0")
        }
        return value
    }
}
