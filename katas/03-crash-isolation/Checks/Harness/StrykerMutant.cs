using System.Globalization;
using System.Reflection;

namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>
/// Under Stryker.NET (grader/Stryker/), which mutant is switched on. Stryker sets it inside the test host only, in its
/// injected MutantControl class; the harness is a process of its own, where that class reads an environment variable
/// instead. Without this hand-over every mutant ran as the unmutated solution there, and all 82 "survived".
/// </summary>
internal static class StrykerMutant
{
    /// <summary>The environment variable Stryker's MutantControl reads when nobody set its field.</summary>
    public const string Variable = "ActiveMutation";

    /// <summary>The active mutant's id, or null outside a Stryker run.</summary>
    public static string? Active()
    {
        var control = typeof(Supervisor).Assembly.GetTypes().FirstOrDefault(t => t.Name == "MutantControl");
        var field = control?.GetField("ActiveMutant", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        if (field?.GetValue(null) is int id && id >= 0)
        {
            return id.ToString(CultureInfo.InvariantCulture);
        }

        // Not set in this process: the test host may have been given the variable itself.
        return Environment.GetEnvironmentVariable(Variable);
    }
}
