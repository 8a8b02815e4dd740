namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>
/// The harness: this checks assembly run as a program, hosting the learner's supervisor in a process the checks can
/// afford to lose. Usage: <c>dotnet Kitchen.CrashIsolation.Checks.dll --kitchen-harness SCENARIO TAB_PATH LOGBOOK</c>.
/// </summary>
public static class HarnessProgram
{
    /// <summary>The first argument that makes this assembly a harness.</summary>
    public const string Switch = "--kitchen-harness";

    /// <summary>Plays one scenario and prints its <see cref="HarnessReport"/>.</summary>
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [Switch, var name, var tabPath, var logbook])
        {
            await Console.Error.WriteLineAsync("These are the checks of kata 3. Run them with: dotnet test");
            return 2;
        }

        var report = await new ScenarioPlayer(KitchenScenarios.Named(name), tabPath, logbook).PlayAsync();
        await Console.Out.WriteLineAsync(report.ToLine());
        await Console.Out.FlushAsync();

        // Leave at once: a supervisor's own foreground threads (or a page still hanging on one) must not keep us.
        Environment.Exit(0);
        return 0;
    }
}
