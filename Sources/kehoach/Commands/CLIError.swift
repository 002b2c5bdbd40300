import ArgumentParser
import KeHoach

/// How a command fails: a ``KeHoachError`` (exit 1, or 3 when something was not found) or
/// nothing to show (exit 3). Printed in Vietnamese on standard error.
enum CLIError: Error, CustomStringConvertible {
    /// A library error.
    case kehoach(KeHoachError)
    /// A command found nothing to show.
    case nothingFound(String)

    var description: String {
        switch self {
        case let .kehoach(error): "Lỗi: \(error.message)"
        case let .nothingFound(message): message
        }
    }

    /// The documented exit code.
    var exitCode: ExitCode {
        switch self {
        case let .kehoach(error): error.code == .notFound ? ExitCode(3) : ExitCode(1)
        case .nothingFound: ExitCode(3)
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning ``CLIError`` and ``KeHoachError`` into a message and an exit code.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            Terminal.standardError.write(error.description + "\n")
            throw error.exitCode
        } catch let error as KeHoachError {
            Terminal.standardError.write("Lỗi: \(error.message)\n")
            throw CLIError.kehoach(error).exitCode
        }
    }
}
