import ArgumentParser
import Foundation
import IdeaModel

/// `access list`.
struct AccessList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Everyone who may log in over ssh: person, roles, key type, fingerprint, comment.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var keysFile: KeysFileOption
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let grants = try keysFile.read().grants
            let people = Dictionary(db.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let rows = grants.map { g -> [String] in
                let person = people[g.person]
                return [g.person, person?.name ?? "(not in the database)", (person?.roles ?? []).map(\.rawValue).joined(separator: ", "),
                        g.key.type, g.key.fingerprint, g.key.comment, g.command.database]
            }
            switch format {
            case .json:
                let keys = ["person", "name", "roles", "type", "fingerprint", "comment", "database"]
                let items: [JSONValue] = rows.map { row in
                    var object: [String: JSONValue] = [:]
                    for (k, v) in zip(keys, row) { object[k] = .string(v) }
                    object["roles"] = .array(row[2].isEmpty ? [] : row[2].components(separatedBy: ", ").map(JSONValue.string))
                    return .object(object)
                }
                StandardOutput.write(String(decoding: JSONWriter().write(.array(items)), as: UTF8.self))
            case .csv:
                var csv = CSVWriter(header: ["person", "name", "roles", "type", "fingerprint", "comment", "database"])
                for row in rows { csv.row(row) }
                StandardOutput.write(csv.text)
            case .table:
                let table = rows.map { [$0[0], PlainText.clip($0[1], 28), $0[2], $0[3], $0[4], PlainText.clip($0[5], 30)] }
                StandardOutput.write(PlainText.table(header: ["PERSON", "NAME", "ROLES", "TYPE", "FINGERPRINT", "COMMENT"], rows: table)
                                     + Self.summary(keys: rows.count, people: Set(grants.map(\.person)).count, file: keysFile.file.path))
            }
        }
    }

    /// "3 keys of 2 people in PATH", in the singular for one.
    static func summary(keys: Int, people: Int, file: String) -> String {
        "\(keys) \(keys == 1 ? "key" : "keys") of \(people) \(people == 1 ? "person" : "people") in \(file)\n"
    }
}
