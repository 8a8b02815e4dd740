namespace KitchenKatas.Grader.Exploration;

/// <summary>What the explorer concluded about a scenario.</summary>
public enum ExplorationVerdict
{
    /// <summary>No explored schedule failed; the coverage says how many there were.</summary>
    NoFailureFound,

    /// <summary>A schedule ends in a forbidden outcome, an exception, a deadlock or two chefs inside one collection.</summary>
    FailureFound,

    /// <summary>The code does something the explorer cannot schedule; stress alone must judge it.</summary>
    CannotModel,
}
