namespace KitchenKatas.Grader.Exploration;

/// <summary>How a schedule failed.</summary>
public enum FailureKind
{
    /// <summary>The arbiter read an outcome the scenario forbids.</summary>
    ForbiddenOutcome,

    /// <summary>A chef's code threw.</summary>
    Exception,

    /// <summary>Every chef still working waits for a lock another holds.</summary>
    Deadlock,

    /// <summary>Two chefs were inside calls on one collection that is not thread-safe, one of them writing.</summary>
    Overlap,
}
