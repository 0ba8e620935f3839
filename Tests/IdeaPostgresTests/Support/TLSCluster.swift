import Foundation

/// The second test cluster, for the TLS tests only (the shared one offers no TLS, which
/// other tests rely on): made on first use, with a certificate authority of its own and a
/// server certificate it signed, for `localhost` and 127.0.0.1 (not 127.0.0.2, where the
/// server listens too: a host the certificate does not name). `ssl=on`; the role
/// `tlsOnlyUser` may log in only over TLS (`hostssl`, and `hostnossl … reject`),
/// `plainOnlyUser` only without it (`hostssl … reject`), the others either way.
/// Stopped and removed at exit, as the shared one.
extension TestCluster {
    static let tlsOnlyUser = "kaunas_tls"
    static let plainOnlyUser = "kaunas_plain"

    static let tls: Result<TestCluster, ClusterError> = {
        do {
            let cluster = try TestCluster(prepare: { folder, runAs in try TLSFiles.prepare(clusterFolder: folder, runAs: runAs) })
            for role in [tlsOnlyUser, plainOnlyUser] {
                try cluster.psql("CREATE ROLE \(role) LOGIN PASSWORD '\(password)'", database: "postgres")
            }
            return .success(cluster)
        } catch let error as ClusterError {
            return .failure(error)
        } catch {
            return .failure(ClusterError(description: "\(error)"))
        }
    }()

    /// The running TLS cluster, or a test failure saying why there is none.
    static func getTLS() throws -> TestCluster { try tls.get() }

    /// A third cluster whose certificate, signed by its own authority, expired in 2020.
    static let expiredTLS: Result<TestCluster, ClusterError> = {
        do {
            return .success(try TestCluster(prepare: { folder, runAs in try TLSFiles.prepare(clusterFolder: folder, runAs: runAs,
                                                                                               expired: true) }))
        } catch let error as ClusterError {
            return .failure(error)
        } catch {
            return .failure(ClusterError(description: "\(error)"))
        }
    }()

    /// The certificate authority that signed the server's certificate (PEM).
    var caFile: String { TLSFiles.folder(in: folder) + "/ca.crt" }
    /// Another certificate authority, which did not sign it.
    var otherCAFile: String { TLSFiles.folder(in: folder) + "/other-ca.crt" }

    /// An address over TCP to `host` with the password in it and the settings given.
    func tlsURL(host: String = "127.0.0.1", database: String, user: String = TestCluster.user,
                _ settings: String) -> String {
        let secret = TestCluster.password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? TestCluster.password
        return "postgresql://\(user):\(secret)@\(host):\(port)/\(database)?\(settings)"
    }
}

/// Makes the TLS cluster's certificates with `openssl` and sets the cluster up to use them.
enum TLSFiles {
    static func folder(in clusterFolder: String) -> String { clusterFolder + "/tls" }

    /// Writes the certificates and keys, the server's key 0600 and owned by the server's
    /// user (PostgreSQL refuses another), and pg_hba.conf; returns the server's options.
    /// With `expired`, the server's certificate was valid only on 1 January 2020 (signed
    /// with `openssl ca`, which takes dates in the past).
    static func prepare(clusterFolder: String, runAs: String?, expired: Bool = false) throws -> String {
        let dir = folder(in: clusterFolder)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "3"]
        let caExtensions = ["-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]
        try openssl(["req", "-x509"] + ec + ["-keyout", dir + "/ca.key", "-out", dir + "/ca.crt",
                                             "-subj", "/CN=idea-tui test CA"] + caExtensions)
        try openssl(["req", "-x509"] + ec + ["-keyout", dir + "/other-ca.key", "-out", dir + "/other-ca.crt",
                                             "-subj", "/CN=idea-tui other test CA"] + caExtensions)
        try openssl(["req", "-new"] + ec.dropLast(2) + ["-keyout", dir + "/server.key", "-out", dir + "/server.csr",
                                                        "-subj", "/CN=localhost"])
        let serverExtensions = "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
            + "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n"
        try Data(serverExtensions.utf8).write(to: URL(fileURLWithPath: dir + "/server.ext"))
        if expired {
            let config = """
                [ca]
                default_ca = here
                [here]
                database = \(dir)/index.txt
                new_certs_dir = \(dir)
                serial = \(dir)/serial
                default_md = sha256
                policy = any
                [any]
                commonName = supplied

                """
            try Data(config.utf8).write(to: URL(fileURLWithPath: dir + "/ca.cnf"))
            try Data().write(to: URL(fileURLWithPath: dir + "/index.txt"))
            try Data("01\n".utf8).write(to: URL(fileURLWithPath: dir + "/serial"))
            try openssl(["ca", "-batch", "-config", dir + "/ca.cnf", "-cert", dir + "/ca.crt", "-keyfile", dir + "/ca.key",
                         "-in", dir + "/server.csr", "-out", dir + "/server.crt", "-notext", "-extfile", dir + "/server.ext",
                         "-startdate", "20200101000000Z", "-enddate", "20200102000000Z"])
        } else {
            try openssl(["x509", "-req", "-in", dir + "/server.csr", "-CA", dir + "/ca.crt", "-CAkey", dir + "/ca.key",
                         "-set_serial", "1", "-days", "3", "-extfile", dir + "/server.ext", "-out", dir + "/server.crt"])
        }
        chmod(dir + "/server.key", 0o600)
        if let runAs {
            _ = try PostgresTools.run(["chown", runAs, dir + "/server.key", dir + "/server.crt"])
        }
        let hba = """
            local all all trust
            hostssl all \(TestCluster.tlsOnlyUser) 127.0.0.0/8 scram-sha-256
            hostnossl all \(TestCluster.tlsOnlyUser) 127.0.0.0/8 reject
            hostssl all \(TestCluster.plainOnlyUser) 127.0.0.0/8 reject
            host all all 127.0.0.0/8 scram-sha-256

            """
        try Data(hba.utf8).write(to: URL(fileURLWithPath: clusterFolder + "/data/pg_hba.conf"))
        return "-c listen_addresses=127.0.0.1,127.0.0.2 -c ssl=on -c ssl_cert_file=\(dir)/server.crt "
            + "-c ssl_key_file=\(dir)/server.key"
    }

    private static func openssl(_ arguments: [String]) throws {
        let result = try PostgresTools.run(["openssl"] + arguments)
        guard result.code == 0 else {
            throw TestCluster.ClusterError(description: "openssl \(arguments.prefix(2).joined(separator: " ")) failed: \(result.err)")
        }
    }
}
