using System.Globalization;
using System.Reflection;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// Carries Stryker.NET's active mutant into a child process that runs the learner's code (grader/Stryker/). Stryker
/// switches a mutant on inside the test host only: its data collector sets a static field of the
/// <c>MutantControl</c> class it injects into the mutated assembly. A child process loads the same mutated
/// assembly, but with that field unset, and then reads the mutant's id from an environment variable whose name is in
/// <c>STRYKER_MUTANT_ID_CONTROL_VAR</c> (Stryker.NET 5). Without this hand-over every mutant ran unmutated in the child.
/// </summary>
public static class StrykerMutantHandOver
{
    /// <summary>The variable Stryker's injected <c>MutantControl</c> reads for the name of the mutant's variable.</summary>
    public const string ControlVariable = "STRYKER_MUTANT_ID_CONTROL_VAR";

    /// <summary>The variable that holds the mutant's id for the child.</summary>
    public const string MutantVariable = "KITCHEN_STRYKER_ACTIVE_MUTANT";

    // Stryker's "no mutant chosen yet" value: the field is read lazily from the variable, which the child inherits anyway.
    private const int NotChosen = -2;

    /// <summary>
    /// The id of the mutant active in this process for <paramref name="mutated"/>, or null outside a Stryker run
    /// (no <c>MutantControl</c> in the assembly) and when Stryker has not chosen one in this process.
    /// </summary>
    /// <param name="mutated">The assembly Stryker mutated (the one that holds the learner's code).</param>
    public static int? ActiveMutant(Assembly mutated)
    {
        ArgumentNullException.ThrowIfNull(mutated);
        // Stryker gives its helpers a namespace of its own each run (Stryker + random letters), so look by name.
        var control = mutated.GetTypes().FirstOrDefault(t => t.Name == "MutantControl" && t.Namespace?.StartsWith("Stryker", StringComparison.Ordinal) == true);
        var field = control?.GetField("ActiveMutant", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        return field?.GetValue(null) is int id && id != NotChosen ? id : null;
    }

    /// <summary>
    /// The variables a child must get so the same mutant is active in it; empty outside a Stryker run, so the
    /// learner's and the grader's runs are unchanged.
    /// </summary>
    /// <param name="mutated">The assembly Stryker mutated (the one that holds the learner's code).</param>
    public static IReadOnlyDictionary<string, string?> EnvironmentFor(Assembly mutated) =>
        ActiveMutant(mutated) is { } id
            ? new Dictionary<string, string?>
            {
                [ControlVariable] = MutantVariable,
                [MutantVariable] = id.ToString(CultureInfo.InvariantCulture),
            }
            : new Dictionary<string, string?>();
}
