import ArgumentParser

/// `idea-tui db`: a PostgreSQL database for idea-tui (docs/POSTGRES.md): make its tables,
/// copy a file into it or out of it.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "A PostgreSQL database for idea-tui: create its tables, copy a file into it or out of it.",
        discussion: """
        An address is postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME?sslmode=… (or postgres://), as libpq's \
        users write it; ?host=/folder is a Unix socket. The password comes from the address, else PGPASSWORD, \
        else ~/.pgpass (or the file PGPASSFILE names). Exit codes: 64 a bad address, 65 a schema newer than \
        this idea-tui or data PostgreSQL cannot keep, 66 no such database or no idea-tui data in it, 69 the \
        server cannot be reached, 74 a database or file that already holds data (use --replace), 77 the server \
        refused the user (password, role, permission). See docs/POSTGRES.md.
        """,
        subcommands: [DbInitCommand.self, DbCopyCommand.self]
    )
}
