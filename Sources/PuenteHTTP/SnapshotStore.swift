import Synchronization

/// Holds the snapshot requests read. Replacing it is one atomic swap: a request sees the old snapshot or the new one,
/// never a mix.
final class SnapshotStore: Sendable {
    private let current: Mutex<Snapshot>

    init(_ snapshot: Snapshot) { current = Mutex(snapshot) }

    var snapshot: Snapshot { current.withLock { $0 } }

    func replace(with snapshot: Snapshot) { current.withLock { $0 = snapshot } }
}
