namespace KitchenKatas.Grader.Stress;

/// <summary>
/// Work on a scenario with its state and outcome types known (see <see cref="IStressScenario.Accept{TResult}"/>). The
/// race explorer is one: it sits above the scenarios, so the scenarios need not know it.
/// </summary>
/// <typeparam name="TResult">What the work gives back.</typeparam>
public interface IScenarioVisitor<out TResult>
{
    /// <summary>Does the work on <paramref name="scenario"/>.</summary>
    TResult Visit<TState, TOutcome>(StressScenario<TState, TOutcome> scenario)
        where TState : class
        where TOutcome : notnull;
}
