using System.Diagnostics;
using System.Reflection;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Stress;

/// <summary>How the learner's own build was made, so a rebuild of their code compiles it the same way.</summary>
public static class LearnerBuild
{
    /// <summary>
    /// Whether the learner's code behind <paramref name="scenario"/> was built as Debug (its JIT optimizer off, as the
    /// SDK's Debug configuration does): then their <c>Debug.Assert</c> and <c>#if DEBUG</c> code run, and must run in a
    /// rebuild too. Read from the assembly that holds the scenario's kitchen type.
    /// </summary>
    public static bool IsDebug(IStressScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var kitchen = scenario.GetType().GetGenericArguments().FirstOrDefault();
        return kitchen is not null && IsDebug(kitchen.Assembly);
    }

    /// <summary>Whether <paramref name="assembly"/> was compiled as a Debug build.</summary>
    public static bool IsDebug(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;
    }
}
