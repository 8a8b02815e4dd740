namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// What a check may need of the machine it runs on. A check that needs one this machine lacks is "not judged on this
/// machine", never passed in silence; each check declares its needs (<c>[Check(..., Needs = [MachineNeed.ThreadCpuClock])]</c>) so
/// <c>kitchen doctor</c> can tell which checks that is before anything is built.
/// </summary>
public enum MachineNeed
{
    /// <summary>The CPU time of one thread (<see cref="IThreadCpuClock"/>).</summary>
    ThreadCpuClock,

    /// <summary>The processes below a process (<see cref="IProcessTable"/>).</summary>
    ProcessTree,

    /// <summary>Keeping a thread on one core (<see cref="ICorePinning"/>).</summary>
    CorePinning,
}
