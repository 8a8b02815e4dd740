using System.Diagnostics;
using System.Text;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// Runs untrusted work in a child process with a timeout and an output cap, and kills its whole process tree when it
/// is over, so nothing it started outlives it. A result comes back however the child ends; when it hangs, the result
/// says what its threads were doing. Plain <see cref="Process"/>: it gives the tree kill and needs no dependency.
/// </summary>
public static class ChildProcessRunner
{
    // How often the tree is looked at, to remember grandchildren that may be orphaned later.
    // Also how late a crossed resource limit can be seen: a runaway allocation gains at most this long.
    private static readonly TimeSpan TreeWatchInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs <paramref name="request"/> to its end, or until the timeout or <paramref name="cancellationToken"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled; the tree is killed first.</exception>
    public static async Task<ChildProcessResult> RunAsync(ChildProcessRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        // Every process of the run inherits this mark, so one that slipped out of the tree between two looks (a double
        // fork, say) is still found and killed at the end, unless it went out of its way to wipe its environment.
        var mark = Guid.NewGuid().ToString("N");
        using var process = new Process { StartInfo = StartInfo(request, mark) };
        process.Start();
        var stdout = new CappedText(request.OutputCap);
        var stderr = new CappedText(request.OutputCap);
        var reading = Task.WhenAll(Pump(process.StandardOutput, stdout), Pump(process.StandardError, stderr));
        await FeedInput(process, request.StandardInput).ConfigureAwait(false);

        using var ended = new CancellationTokenSource();
        var seen = new HashSet<ProcessStamp>();
        var breach = new TreeBreach();
        var watching = WatchTree(process.Id, seen, request.Limits, breach, ended.Token);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        var timedOut = false;
        string? hangReport = null;
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            if (timedOut && request.CaptureStacksOnTimeout)
            {
                var tree = new[] { process.Id }.Concat(ProcessTree.Descendants(process.Id).Select(s => s.Pid));
                hangReport = HangReport.Capture(tree, request.StackCaptureBudget);
            }
        }
        finally
        {
            await ended.CancelAsync().ConfigureAwait(false);
            await watching.ConfigureAwait(false);
            KillTree(process);
        }

        // Whatever the child left behind (its children, now orphans) goes too.
        int orphansKilled;
        string[] orphans;
        lock (seen)
        {
            seen.UnionWith(ProcessTree.Carrying(MarkVariable + "=" + mark));
            orphans = seen.Where(ProcessTree.IsAlive).Select(ProcessTree.CommandLine).ToArray();
            orphansKilled = ProcessTree.KillSurvivors(seen);
        }

        // Grandchildren may still hold the pipes open; never wait on them for long.
        await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (!timedOut)
        {
            // The exit status is final once the process is reaped; reading stdout to its end does not guarantee that.
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return new ChildProcessResult(
            timedOut ? null : process.ExitCode,
            timedOut,
            stdout.ToString(),
            stderr.ToString(),
            stdout.Truncated || stderr.Truncated,
            stopwatch.Elapsed)
        {
            ProcessId = process.Id,
            HangReport = hangReport,
            OrphansKilled = orphansKilled,
            Orphans = orphans,
            LimitExceeded = breach.Reason,
        };
    }

    /// <summary>The environment variable that marks every process of one run.</summary>
    public const string MarkVariable = "KITCHEN_ISOLATION_RUN";

    private static ProcessStartInfo StartInfo(ChildProcessRequest request, string mark)
    {
        // Learner code runs inside the sandbox where the machine has one; the marker below still finds the whole tree.
        var workingDirectory = request.WorkingDirectory ?? Environment.CurrentDirectory;
        var sandbox = Platforms.Platform.Current.Sandbox;
        var (fileName, arguments) = request.Sandbox is { } room && sandbox.Isolates
            ? sandbox.Enclose(request.FileName, request.Arguments, workingDirectory, room)
            : (request.FileName, request.Arguments);
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in request.Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        info.Environment[MarkVariable] = mark;
        return info;
    }

    private static async Task FeedInput(Process process, string? input)
    {
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child closed its input early or died already: its exit status tells the rest.
        }
    }

    // The limit the tree crossed; written by the watch, read after the watch task is awaited.
    private sealed class TreeBreach
    {
        public string? Reason { get; set; }
    }

    private static async Task WatchTree(int pid, HashSet<ProcessStamp> seen, ResourceLimits? limits, TreeBreach breach, CancellationToken ended)
    {
        if (!Platforms.Platform.Current.Processes.CanList)
        {
            return;
        }

        do
        {
            var now = ProcessTree.Descendants(pid);
            lock (seen)
            {
                seen.UnionWith(now);
            }

            if (limits?.Breach(ProcessTree.Usage(pid, now)) is { } reason)
            {
                // Frozen first, then killed: a fork bomb cannot outrun a kill that takes one process at a time.
                breach.Reason = reason;
                var killed = ProcessTree.FreezeAndKill(pid);
                lock (seen)
                {
                    seen.UnionWith(killed);
                }

                return;
            }
        }
        while (!ended.IsCancellationRequested && await Delay(ended).ConfigureAwait(false));

        // One last look: the tree as it stands when the child ends or is about to be killed.
        lock (seen)
        {
            seen.UnionWith(ProcessTree.Descendants(pid));
        }
    }

    private static async Task<bool> Delay(CancellationToken ended)
    {
        try
        {
            await Task.Delay(TreeWatchInterval, ended).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting right now.
        }
    }

    private static async Task Pump(StreamReader reader, CappedText into)
    {
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            into.Append(buffer.AsSpan(0, read));
        }
    }
}
