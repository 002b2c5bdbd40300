import ArgumentParser

/// `--by NAME`: who acts, for the audit trail (`kehoach history`), shared by every command that
/// writes. `--actor` is the same option under the name `import` first had.
struct ActorOption: ParsableArguments {
    @Option(name: [.customLong("by"), .customLong("actor")],
            help: .vi("Người thực hiện, ghi vào nhật ký thay đổi (mặc định $SUDO_USER hoặc $USER).",
                      en: "Who does it, for the audit trail (default $SUDO_USER or $USER)."))
    var by: String = DateArgument.actor
}
