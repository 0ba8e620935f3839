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
/// system's trusted certificates.
enum TLSSetup {
    static func mode(for location: PostgresLocation, home: String? = LocalUser.processHome()) throws(DatabaseServerError) -> PostgresConnection.Configuration.TLS {
        if location.sslMode == .disable { return .disable }
        let given = location.sslRootCert
        let rootPath = given ?? home.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + ".postgresql/root.crt" }
        let rootThere = rootPath.map { $0 == "system" || fileExists($0) } ?? false
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
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw .tls(location: location.name, .setup(String(describing: error)))
        }
        return location.sslMode == .prefer ? .prefer(context) : .require(context)
    }

    static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
