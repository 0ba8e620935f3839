import IdeaModel
import PostgresNIO

/// Reading values out of rows, with the driver's decoding errors as `DatabaseServerError`.
extension ServerConnection {
    /// The first column of every row, as `T`.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func column<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type) throws(DatabaseServerError) -> [T] {
        let rows = try self.query(query)
        var out: [T] = []
        out.reserveCapacity(rows.count)
        for row in rows { out.append(try decode(row, as: type)) }
        return out
    }

    /// The first column of the first row, or nil when there is no row.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type) throws(DatabaseServerError) -> T? {
        try column(query, as: type).first
    }

    /// A row's columns as the types given.
    func decode<each T: PostgresDecodable>(_ row: PostgresRow, as types: (repeat each T).Type) throws(DatabaseServerError) -> (repeat each T) {
        do {
            return try row.decode(types)
        } catch {
            throw .server(location: location.name, code: "", message: "unexpected data from the server: \(error)")
        }
    }

    func decode<T: PostgresDecodable>(_ row: PostgresRow, as type: T.Type) throws(DatabaseServerError) -> T {
        do {
            return try row.decode(type)
        } catch {
            throw .server(location: location.name, code: "", message: "unexpected data from the server: \(error)")
        }
    }
}
