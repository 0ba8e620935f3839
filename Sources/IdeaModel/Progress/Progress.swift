/// Long computations (the auto-scheduler, the mentor suggestion) tell a caller how far
/// they are, as steps done of steps in all, and stop when it answers false: the caller
/// runs them off its loop and keeps a progress line and an Esc to cancel. Stopping
/// unwinds the computation by throwing `Stopped`, so it returns nothing half made; the
/// plain entry points pass a progress that cannot throw, and give the same result.
enum Progress {
    struct Stopped: Error {}

    /// Runs `work` with a progress that throws `Stopped` once `goOn` answers false;
    /// nil then.
    static func stoppable<T>(_ goOn: (Int, Int) -> Bool,
                             _ work: ((Int, Int) throws(Stopped) -> Void) throws(Stopped) -> T) -> T? {
        // Not kept: `work` only calls it while it runs.
        withoutActuallyEscaping(goOn) { goOn in
            do {
                return try work { (done, total) throws(Stopped) in
                    if !goOn(done, total) { throw Stopped() }
                }
            } catch {
                return nil
            }
        }
    }
}
