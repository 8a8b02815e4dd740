using System.Globalization;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests;

/// <summary>Runs a child program of this assembly through the <see cref="ChildProcessRunner"/>.</summary>
internal static class Child
{
    public static ChildProcessResult Run(string mode, TimeSpan timeout, bool captureStacks = true) =>
        ChildProcessRunner.RunAsync(new ChildProcessRequest(DotnetHost.Path, [typeof(Child).Assembly.Location, ChildPrograms.Switch, mode])
        {
            Timeout = timeout,
            OutputCap = 100_000,
            CaptureStacksOnTimeout = captureStacks,
        }).GetAwaiter().GetResult();

    /// <summary>The grandchild a child announced on its standard output.</summary>
    public static int GrandchildOf(ChildProcessResult result)
    {
        var line = result.StandardOutput.Split('\n').FirstOrDefault(l => l.StartsWith(ChildPrograms.GrandchildLine, StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, $"The child never said it started a grandchild. It wrote: {result.StandardOutput}\n{result.StandardError}");
        return int.Parse(line![ChildPrograms.GrandchildLine.Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>True while <paramref name="pid"/> is a live process (a zombie waiting for its parent counts as gone).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits a little for <paramref name="pid"/> to go: SIGKILL is sent at once, but dying takes a moment.</summary>
    public static bool IsGoneSoon(int pid)
    {
        for (var i = 0; i < 50 && IsAlive(pid); i++)
        {
            Thread.Sleep(100);
        }

        return !IsAlive(pid);
    }
}
