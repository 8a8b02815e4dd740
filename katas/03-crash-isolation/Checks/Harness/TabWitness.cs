using System.Diagnostics;

namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>
/// How a crashing page ends when the harness opens it itself, with no supervisor in between: its exit code and what
/// it wrote on standard error. Check 3 holds a supervisor's <see cref="TabResult.Error"/> to what this saw, so the
/// check knows the real signal and last words on whatever machine and runtime it runs on.
/// </summary>
/// <param name="Page">The page.</param>
/// <param name="ExitCode">The tab's exit code (on Linux and macOS, 128 + N when signal N killed it).</param>
/// <param name="ErrorLines">The tab's standard error, a line each, trimmed, empty lines left out.</param>
public sealed record TabWitness(string Page, int ExitCode, IReadOnlyList<string> ErrorLines)
{
    /// <summary>
    /// Opens <paramref name="page"/> in a tab of the harness's own (the calibration's tab too); null when the tab did not
    /// end within <paramref name="patience"/>, and was killed.
    /// </summary>
    public static async Task<TabWitness?> WatchAsync(string tabPath, string page, TimeSpan patience)
    {
        var info = TabCommand.StartInfo(tabPath);
        info.Environment.Remove(TabLogbook.Variable); // the harness's own tab, not the supervisor's: kept out of the logbook
        using var tab = Process.Start(info)!;
        var output = tab.StandardOutput.ReadToEndAsync();
        var error = tab.StandardError.ReadToEndAsync();
        try
        {
            await tab.StandardInput.WriteAsync(page);
            tab.StandardInput.Close();
        }
        catch (IOException)
        {
            // Gone before it read the page: its exit code still says how.
        }

        using var wait = new CancellationTokenSource(patience);
        try
        {
            await tab.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            tab.Kill(entireProcessTree: true);
            await tab.WaitForExitAsync(CancellationToken.None);
            return null;
        }

        await output;
        var lines = (await error).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return new TabWitness(page, tab.ExitCode, lines);
    }
}
