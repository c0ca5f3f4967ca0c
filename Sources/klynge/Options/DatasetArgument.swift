import ArgumentParser
import KlyngeEcosystem

/// The dataset folder every dataset command reads.
struct DatasetArgument: ParsableArguments {
    @Argument(help: "Dataset folder.")
    var dataset: String

    /// Loads the dataset; its warnings and notes (a likely duplicate, a county taken from the
    /// municipality, no README…) go to standard error, once.
    /// - Parameter includePersonal: keep the columns that hold personal data.
    func load(includePersonal: Bool = false) throws -> Ecosystem {
        let eco = try DatasetLoader(includePersonal: includePersonal).load(folder: dataset)
        Diagnostics.loadNotices(of: eco)
        return eco
    }
}

/// `--include-personal`, for the commands that export, map or report a dataset.
struct PersonalDataOptions: ParsableArguments {
    @Flag(
        help: """
            Keep the columns that hold personal data (contact persons, e-mail addresses, phone \
            numbers) in what is written; they are left out by default.
            """
    )
    var includePersonal = false
}
