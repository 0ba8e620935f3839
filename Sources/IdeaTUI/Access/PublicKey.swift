import Crypto
import Foundation

/// An OpenSSH public key as one line of a `.pub` file (`ssh-ed25519 AAAA… comment`),
/// checked the way sshd will read it: a known type, a base64 blob that decodes, and inside
/// the blob the same type name followed by exactly the fields of that type. Anything else
/// (a private key, a PuTTY or RFC 4716 file, a cut or altered line) is refused with why.
struct PublicKey: Equatable {
    /// The key types sshd accepts today that a person may log in with.
    static let types: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    var type: String
    var blob: [UInt8]
    /// What the key's owner called it (`goda@laptop`); may be empty.
    var comment: String

    /// The blob as written in the file.
    var base64: String { Data(blob).base64EncodedString() }

    /// `SHA256:…`, as `ssh-keygen -l` prints it: the blob's SHA-256 in base64, unpadded.
    var fingerprint: String {
        let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }

    /// Why a key was refused, in words for the person granting access.
    struct Problem: Error, Equatable {
        var message: String
    }

    /// Reads the key from a `.pub` file's text: the one line that is not blank or a
    /// `#` comment.
    static func parse(file text: String) throws(Problem) -> PublicKey {
        if text.contains("PRIVATE KEY-----") || text.hasPrefix("PuTTY-User-Key-File") {
            throw Problem(message: "this is a private key, which must never leave its owner's computer; give the public key (the .pub file beside it, e.g. id_ed25519.pub)")
        }
        if text.contains("BEGIN SSH2 PUBLIC KEY") {
            throw Problem(message: "this public key is in the RFC 4716 (PuTTYgen) format; convert it with `ssh-keygen -i -f FILE` or copy PuTTYgen's \"Public key for pasting into OpenSSH authorized_keys file\"")
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard let line = lines.first else { throw Problem(message: "there is no key in it (the file is empty)") }
        guard lines.count == 1 else {
            throw Problem(message: "it holds \(lines.count) lines of keys; give one key at a time")
        }
        return try parse(line: line)
    }

    /// Reads `TYPE BASE64 [COMMENT]`.
    static func parse(line: String) throws(Problem) -> PublicKey {
        let parts = line.split(maxSplits: 2, omittingEmptySubsequences: true) { $0 == " " || $0 == "\t" }.map(String.init)
        guard let type = parts.first else { throw Problem(message: "there is no key in it") }
        guard types.contains(type) else {
            let shown = String(type.prefix(40))
            if type.contains("=") || type.contains("\"") {
                throw Problem(message: "it starts with options (\(shown)…); give the key alone, as in the .pub file")
            }
            throw Problem(message: "\u{201C}\(shown)\u{201D} is not an OpenSSH public key type (one of \(types.sorted().joined(separator: ", ")))")
        }
        guard parts.count >= 2, let data = Data(base64Encoded: parts[1]), !data.isEmpty else {
            throw Problem(message: "the key's data after \(type) is missing or is not base64; was the line cut?")
        }
        let blob = [UInt8](data)
        try check(blob, type: type)
        let comment = parts.count > 2 ? parts[2].trimmingCharacters(in: .whitespaces) : ""
        return PublicKey(type: type, blob: blob, comment: String(comment.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }

    /// The blob must name the same type and hold exactly that type's fields.
    private static func check(_ blob: [UInt8], type: String) throws(Problem) {
        var reader = BlobReader(bytes: blob)
        let broken = Problem(message: "the key's data does not hold a whole \(type) key; was it cut or altered?")
        guard let inner = reader.string() else { throw broken }
        guard String(decoding: inner, as: UTF8.self) == type else {
            throw Problem(message: "the key says it is \(type) but its data holds a \(String(decoding: inner.prefix(40), as: UTF8.self)) key")
        }
        var fields: [[UInt8]] = []
        let count: Int
        switch type {
        case "ssh-ed25519": count = 1
        case "ssh-rsa": count = 2
        case "sk-ssh-ed25519@openssh.com": count = 2
        case "sk-ecdsa-sha2-nistp256@openssh.com": count = 3
        default: count = 2
        }
        for _ in 0..<count {
            guard let field = reader.string() else { throw broken }
            fields.append(field)
        }
        guard reader.atEnd else { throw broken }
        switch type {
        case "ssh-ed25519", "sk-ssh-ed25519@openssh.com":
            guard fields[0].count == 32 else { throw broken }
        case "ssh-rsa":
            guard !fields[1].isEmpty, fields[1].count * 8 >= 1024 else {
                throw Problem(message: "the RSA key is shorter than 1024 bits, which sshd refuses")
            }
        default:
            // ECDSA: the curve named inside must be the type's own.
            let curve = String(decoding: fields[0], as: UTF8.self)
            guard !curve.isEmpty, type.hasSuffix("-" + curve) || type.hasSuffix("-" + curve + "@openssh.com"),
                  !fields[1].isEmpty else { throw broken }
        }
    }
}

/// Reads the length-prefixed strings of an SSH key blob (RFC 4251).
private struct BlobReader {
    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset == bytes.count }

    mutating func string() -> [UInt8]? {
        guard bytes.count - offset >= 4 else { return nil }
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        offset += 4
        guard length <= bytes.count - offset else { return nil }
        defer { offset += length }
        return Array(bytes[offset..<offset + length])
    }
}
