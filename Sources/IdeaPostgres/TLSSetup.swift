#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel
import PostgresNIO

/// The driver's TLS mode for a location's sslmode, as libpq reads it: `prefer` and
/// `require` encrypt without checking the certificate unless a root certificate is there
/// (then they check it as verify-ca does); `verify-ca` checks it against the root
/// certificate; `verify-full` also checks that it names the host. The root certificate
/// is `sslrootcert` (or PGSSLROOTCERT), else `~/.postgresql/root.crt`; `system` means the
/// system's trusted certificates. One that is there but is no certificate (or a folder)
/// is refused, as libpq does (prefer's second try without TLS is ServerConnection.open's).
enum TLSSetup {
    static func mode(for location: PostgresLocation, home: String? = LocalUser.processHome()) throws(DatabaseServerError) -> PostgresConnection.Configuration.TLS {
        if location.sslMode == .disable { return .disable }
        let rootPath = rootCertificatePath(for: location, home: home)
        let rootThere = rootCertificate(for: location, home: home) != nil
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch location.sslMode {
        case .disable:
            return .disable
        case .prefer, .require:
            if rootThere, let rootPath {
                configuration.certificateVerification = .noHostnameVerification
                configuration.trustRoots = rootPath == "system" ? .default : .file(rootPath)
            } else {
                configuration.certificateVerification = .none
            }
        case .verifyCA, .verifyFull:
            guard rootThere, let rootPath else {
                throw .tls(location: location.name, .noRootCertificate(path: rootPath ?? "~/.postgresql/root.crt"))
            }
            configuration.certificateVerification = location.sslMode == .verifyFull ? .fullVerification : .noHostnameVerification
            configuration.trustRoots = rootPath == "system" ? .default : .file(rootPath)
        }
        // NIOSSL would take a folder as OpenSSL's hashed folder of certificates; libpq
        // reads sslrootcert as one file only, and so does idea-tui.
        if rootThere, let rootPath, isFolder(rootPath) {
            throw .tls(location: location.name, .badRootCertificate(path: rootPath))
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            // Loading the root certificate is what fails here, in practice.
            if rootThere, let rootPath, rootPath != "system" {
                throw .tls(location: location.name, .badRootCertificate(path: rootPath))
            }
            throw .tls(location: location.name, .setup(String(describing: error)))
        }
        return location.sslMode == .prefer ? .prefer(context) : .require(context)
    }

    /// Where the root certificate is looked for: `sslrootcert` (or PGSSLROOTCERT), else
    /// `~/.postgresql/root.crt`; nil without a home.
    static func rootCertificatePath(for location: PostgresLocation, home: String?) -> String? {
        location.sslRootCert ?? home.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + ".postgresql/root.crt" }
    }

    /// The root certificate the server's certificate is checked against, when there is
    /// one: its path, or `system`.
    static func rootCertificate(for location: PostgresLocation, home: String? = LocalUser.processHome()) -> String? {
        guard location.sslMode != .disable, let path = rootCertificatePath(for: location, home: home) else { return nil }
        return path == "system" || exists(path) ? path : nil
    }

    /// As libpq: whatever is at the path counts as there (a folder, a file that may not
    /// be read), and then must load as a certificate.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
