import Foundation
import IdeaModel
import IdeaPostgres
import PostgresNIO
import Testing

/// sslmode=prefer as libpq's: TLS first, and once more without it when the encrypted try
/// failed (the certificate's check, or the server refusing the user over TLS).
@Suite struct TLSPreferTests {
    static let credentials = TLSTests.credentials

    @Test func aRoleAllowedOnlyWithoutTLSGetsInWithPrefer() throws {
        let cluster = try TestCluster.getTLS()
        let user = TestCluster.plainOnlyUser
        let name = try cluster.newDatabase(owner: user).database
        let prefer = cluster.tlsURL(database: name, user: user, "sslmode=prefer")
        let connection = try ServerConnection.open(TLSTests.location(prefer), credentials: Self.credentials)
        defer { connection.close() }
        #expect(try TLSTests.encrypted(connection) == false)
        // require does not fall back: the server's refusal, exit 77.
        let require = try IdeaBinary.run(["validate", "--db", cluster.tlsURL(database: name, user: user, "sslmode=require")])
        #expect(require.code == 77)
        #expect(require.err.hasPrefix("postgresql://\(user)@127.0.0.1:\(cluster.port)/\(name): the server does not let user "
            + "\u{201C}\(user)\u{201D} in: pg_hba.conf rejects connection for host \"127.0.0.1\", user \"\(user)\", "
            + "database \"\(name)\", SSL "), "\(require.err)")
        // A wrong password is said as such (the second try's refusal), not pg_hba's first.
        #expect(try TLSTests.refusal(prefer, credentials: Credentials(password: "not-it"))
            == .refused(location: TLSTests.location(prefer).name, user: user, why: .password))
    }

    @Test func aCertificateThatFailsItsCheckFallsBackWithPrefer() throws {
        let cluster = try TestCluster.getTLS()
        let name = try cluster.newDatabase(owner: TestCluster.user).database
        let prefer = cluster.tlsURL(database: name, "sslmode=prefer&sslrootcert=\(cluster.otherCAFile)")
        let connection = try ServerConnection.open(TLSTests.location(prefer), credentials: Self.credentials)
        defer { connection.close() }
        #expect(try TLSTests.encrypted(connection) == false)
        // With the right root certificate prefer is encrypted and checked.
        let checked = cluster.tlsURL(database: name, "sslmode=prefer&sslrootcert=\(cluster.caFile)")
        let encrypted = try ServerConnection.open(TLSTests.location(checked), credentials: Self.credentials)
        defer { encrypted.close() }
        #expect(try TLSTests.encrypted(encrypted) == true)
    }

    /// A role that must use TLS, and a certificate that fails its check: the second try is
    /// refused too, and what is said is the certificate (the cause), not pg_hba's refusal.
    @Test func whenBothTriesFailTheCertificateIsSaid() throws {
        let cluster = try TestCluster.getTLS()
        let user = TestCluster.tlsOnlyUser
        let name = try cluster.newDatabase(owner: user).database
        let url = cluster.tlsURL(database: name, user: user, "sslmode=prefer&sslrootcert=\(cluster.otherCAFile)")
        #expect(try TLSTests.refusal(url) == .tls(location: TLSTests.location(url).name,
                                                  .untrusted(rootCertificate: cluster.otherCAFile)))
        let result = try IdeaBinary.run(["validate", "--db", url])
        #expect(result.code == 69)
        #expect(result.err.contains("not signed by the root certificate \(cluster.otherCAFile)"), "\(result.err)")
    }
}
