#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel
import PostgresNIO

/// Turns the driver's errors into `DatabaseServerError` values: by the server's SQLSTATE
/// code where it sent one, else by the driver's error code and the system error under it.
/// Never by the words of a message (the one exception, the TLS library's untranslated
/// reason name, is explained in tlsProblem).
enum ServerErrors {
    static func describe(_ error: any Error, at location: PostgresLocation, credentials: Credentials?,
                         connecting: Bool) -> DatabaseServerError {
        if let known = error as? DatabaseServerError { return known }
        let name = location.name
        guard let error = error as? PSQLError else {
            return connecting ? .unavailable(location: name, why: unreachable(error, location)) : .lost(location: name)
        }
        if let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? ""
            switch state {
            case "28P01": return .refused(location: name, user: location.user, why: .password)
            case "28000": return .refused(location: name, user: location.user, why: .notAllowed(message))
            case "3D000" where connecting: return .noDatabase(location: name, database: location.database)
            case "42501" where connecting:
                return .refused(location: name, user: location.user, why: .noPermission(database: location.database))
            case "42501": return .refused(location: name, user: location.user, why: .mayNotChange(message))
            case "25006": return .refused(location: name, user: location.user, why: .readOnlyServer)
            case "57P03": return .unavailable(location: name, why: .notAcceptingConnections)
            case "53300": return .unavailable(location: name, why: .tooManyConnections)
            case "57P01", "57P02": return connecting ? .unavailable(location: name, why: .notAcceptingConnections) : .lost(location: name)
            default:
                if state.hasPrefix("08") { return connecting ? .unavailable(location: name, why: .closedByServer) : .lost(location: name) }
                return .server(location: name, code: state, message: message)
            }
        }
        switch error.code {
        case .sslUnsupported:
            return .tls(location: name, .notOffered)
        case .failedToAddSSLHandler:
            return .tls(location: name, .setup(error.underlying.map { String(describing: $0) } ?? "the TLS handler could not be added"))
        case .authMechanismRequiresPassword:
            if let credentials, credentials.passFileIsNotAFile, let path = credentials.ignoredPassFile {
                return .refused(location: name, user: location.user, why: .passFileNotAFile(path: path))
            }
            return .refused(location: name, user: location.user, why: .noPassword(ignoredPassFile: credentials?.ignoredPassFile))
        case .unsupportedAuthMechanism:
            return .refused(location: name, user: location.user,
                            why: .unsupportedMethod(error.underlying.map { String(describing: $0) } ?? "unknown"))
        case .saslError:
            return .refused(location: name, user: location.user, why: .password)
        default:
            if let underlying = error.underlying, let problem = tlsProblem(underlying, location) {
                return .tls(location: name, problem)
            }
            if connecting {
                if error.code == .connectionError, let underlying = error.underlying {
                    return .unavailable(location: name, why: unreachable(underlying, location))
                }
                return .unavailable(location: name, why: .closedByServer)
            }
            return .lost(location: name)
        }
    }

    /// What went wrong with the encrypted connection, when the error is the TLS library's.
    static func tlsProblem(_ error: any Error, _ location: PostgresLocation) -> DatabaseServerError.TLSProblem? {
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname, case .tcp(let host) = location.endpoint {
            return .wrongHost(host)
        }
        if case .handshakeFailed(.sslError(let stack)) = error as? NIOSSLError,
           stack.contains(where: { String(describing: $0).contains("CERTIFICATE_VERIFY_FAILED") }),
           let root = TLSSetup.rootCertificate(for: location) {
            // NIOSSL keeps BoringSSL's error code private: its reason's name
            // (SSL_R_CERTIFICATE_VERIFY_FAILED, never translated) is what there is to go by.
            return .untrusted(rootCertificate: root == "system" ? nil : root)
        }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            return .handshake(String(describing: error))
        }
        return nil
    }

    /// Why a connection could not be made, from the system's error under the driver's.
    static func unreachable(_ error: any Error, _ location: PostgresLocation) -> DatabaseServerError.Unreachable {
        if let connection = error as? NIOConnectionError {
            if connection.connectionErrors.isEmpty, connection.dnsAError != nil || connection.dnsAAAAError != nil {
                return .unknownHost
            }
            if let first = connection.connectionErrors.first { return unreachable(first.error, location) }
            return .unknownHost
        }
        if let channel = error as? ChannelError, case .connectTimeout = channel {
            return .timedOut(seconds: location.connectTimeout)
        }
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return .refused
            case ENOENT: return location.socketPath.map { .noSocket(path: $0) } ?? .refused
            case ETIMEDOUT: return .timedOut(seconds: location.connectTimeout)
            default: return .other(strerror(io.errnoCode).map { String(cString: $0).lowercased() } ?? "error \(io.errnoCode)")
            }
        }
        return .other(String(describing: error))
    }
}
