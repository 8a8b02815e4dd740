namespace KitchenKatas.Grader.Stress;

/// <summary>
/// A scenario seen without its generic types, so that a scenario compiled into another load context
/// (an instrumented build of the learner's code) can be run by the same harness.
/// </summary>
public interface IStressScenario
{
    /// <summary>A short title, e.g. "Two chefs add the same tomato".</summary>
    string Title { get; }

    /// <summary>What a correct kitchen always does, in one sentence.</summary>
    string Expectation { get; }

    /// <summary>The member that declares the scenario (used to find it again in an instrumented build).</summary>
    string DeclaringMember { get; }

    /// <summary>The source file that declares the scenario, as the compiler saw it.</summary>
    string DeclaringFile { get; }

    /// <summary>The names of the chefs, one thread each.</summary>
    IReadOnlyList<string> ChefNames { get; }

    /// <summary>Runs the scenario under the harness.</summary>
    StressResult Run(StressOptions options);

    /// <summary>
    /// Hands the scenario, with its types, to <paramref name="visitor"/>: how code that only sees this interface (the race
    /// explorer, given a scenario from another load context) works on the typed scenario without the scenario knowing it.
    /// </summary>
    TResult Accept<TResult>(IScenarioVisitor<TResult> visitor);
}
