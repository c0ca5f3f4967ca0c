// Locks (`Locked`), progress and cancellation (`ComputeControl`), `parallelChunks` and the
// parallel fill of a result array (`ParallelSlots`) live in KlyngeConcurrency; every user of
// the graph core gets them with `import KlyngeGraph`.
@_exported import KlyngeConcurrency
