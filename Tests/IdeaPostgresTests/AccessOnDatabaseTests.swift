import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// `access grant` on a database address: the key's forced command opens that address, and
/// an address holding a password is refused (authorized_keys is no place for one).
@Suite struct AccessOnDatabaseTests {
    @Test func aGrantWritesTheAddressAndRefusesOneWithAPassword() throws {
        let under = try StoreUnderTest(.postgres, with: try Sample.database())
        let folder = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = folder + "/id_ed25519"
        let made = try Spawn.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "eglė@laptop", "-f", key],
                                 environment: [:])
        try #require(made.code == 0, "\(made.err)")
        let keys = folder + "/authorized_keys"
        let granted = try IdeaBinary.run(["access", "grant", "--db", under.address, "--authorized-keys", keys, "--key", key + ".pub",
                                          "person-00009"])
        #expect(granted.code == 0, "\(granted.err)")
        let line = try String(contentsOfFile: keys, encoding: .utf8)
        #expect(line.contains("ssh-session --db '\(under.address)' --person person-00009"))
        let withPassword = under.address.replacingOccurrences(of: "idea_admin@", with: "idea_admin:slaptas@")
        let refused = try IdeaBinary.run(["access", "grant", "--db", withPassword, "--authorized-keys", keys, "--key", key + ".pub",
                                          "person-00009"])
        #expect(refused.code == 64)
        #expect(refused.err.contains("holds a password") && !refused.err.contains("slaptas"), "\(refused.err)")
        #expect(try String(contentsOfFile: keys, encoding: .utf8) == line)
    }
}
