import ArgumentParser

/// The dataset folder every dataset command reads.
struct DatasetArgument: ParsableArguments {
    @Argument(help: "Dataset folder.")
    var dataset: String
}
