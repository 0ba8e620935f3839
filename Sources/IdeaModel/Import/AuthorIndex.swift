/// Who wrote a row of an import: the person with this e-mail (any case), else the one
/// person of this name (ignoring case and diacritics) with no e-mail on record, else
/// nobody yet. Kept as dictionaries so each row is found in constant time.
struct AuthorIndex {
    private var byEmail: [String: String] = [:]
    /// Folded name → ids of the people of that name who have no e-mail.
    private var withoutEmail: [String: [String]] = [:]

    init(_ people: [Person]) {
        for person in people { add(person) }
    }

    mutating func add(_ person: Person) {
        if let email = person.contact?.email {
            let key = email.lowercased()
            if byEmail[key] == nil { byEmail[key] = person.id }
        } else {
            withoutEmail[SearchText.fold(person.name), default: []].append(person.id)
        }
    }

    /// The id of the row's author, when known.
    func author(email: String, name: String) -> String? {
        if let id = byEmail[email.lowercased()] { return id }
        guard let named = withoutEmail[SearchText.fold(name)], named.count == 1 else { return nil }
        return named[0]
    }
}
