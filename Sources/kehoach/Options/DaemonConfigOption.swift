import ArgumentParser
import Foundation
import KeHoach
import KeHoachConfig

/// `--config FILE`: kehoachd's configuration, read by the commands that compute notices by hand
/// (`check`, `situation`), so that they compute exactly what the daemon would: the same
/// thresholds over each plan's settings, the same catch-up policy and quiet plans.
struct DaemonConfigOption: ParsableArguments {
    @Option(name: .customLong("config"),
            help: .vi("Tệp cấu hình của kehoachd (mặc định \(Config.defaultPath) nếu có).",
                      en: "The configuration file of kehoachd (default \(Config.defaultPath) when present)."))
    var path: String?

    /// The configuration in force: `--config`, else the installed file when it exists, else the
    /// defaults. A bad file is an error naming its line, as kehoachd refuses it.
    func load() throws(KeHoachError) -> Config {
        let chosen = path ?? (FileManager.default.fileExists(atPath: Config.defaultPath) ? Config.defaultPath : nil)
        guard let chosen else { return Config() }
        return try ConfigParser.load(path: chosen)
    }
}
