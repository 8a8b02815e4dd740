using System.Diagnostics;
using System.Text;

namespace KitchenKatas.Grader.Isolation;

/// <summary>What to run in a child process, and the limits it runs under.</summary>
/// <param name="FileName">The program.</param>
/// <param name="Arguments">Its arguments, each passed as is (no shell).</param>
public sealed record ChildProcessRequest(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Working directory; the current one when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Wall-clock limit; the whole process tree is killed when it runs out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Most characters kept of standard output and of standard error each; the rest is counted and dropped.</summary>
    public int OutputCap { get; init; } = 1_000_000;

    /// <summary>Extra environment variables (a null value removes the variable).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Text written to standard input, which is then closed.</summary>
    public string? StandardInput { get; init; }
}

/// <summary>What a child process did.</summary>
/// <param name="ExitCode">Its exit code; null when it was killed for running out of time.</param>
/// <param name="TimedOut">True when the timeout killed it.</param>
/// <param name="StandardOutput">Standard output, capped.</param>
/// <param name="StandardError">Standard error, capped.</param>
/// <param name="OutputTruncated">True when either stream went past the cap.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record ChildProcessResult(int? ExitCode, bool TimedOut, string StandardOutput, string StandardError, bool OutputTruncated, TimeSpan Elapsed);

/// <summary>
/// Runs untrusted work in a child process with a timeout and an output cap, and kills its whole process tree
/// when it is over, so nothing it started outlives it. Plain <see cref="Process"/>: it gives the tree kill and
/// needs no dependency.
/// </summary>
public static class ChildProcessRunner
{
    /// <summary>Runs <paramref name="request"/> to its end, or until the timeout or <paramref name="cancellationToken"/>.</summary>
    public static async Task<ChildProcessResult> RunAsync(ChildProcessRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = new ProcessStartInfo(request.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = request.WorkingDirectory ?? Environment.CurrentDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in request.Arguments)
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

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.Start();
        var stdout = new CappedText(request.OutputCap);
        var stderr = new CappedText(request.OutputCap);
        var reading = Task.WhenAll(Pump(process.StandardOutput, stdout), Pump(process.StandardError, stderr));
        try
        {
            if (request.StandardInput is not null)
            {
                await process.StandardInput.WriteAsync(request.StandardInput).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child closed its input early or died already: its exit status tells the rest.
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
        }
        finally
        {
            KillTree(process);
        }

        // Grandchildren may still hold the pipes open; never wait on them for long.
        await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new ChildProcessResult(
            timedOut ? null : process.ExitCode,
            timedOut,
            stdout.ToString(),
            stderr.ToString(),
            stdout.Truncated || stderr.Truncated,
            stopwatch.Elapsed);
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

    private sealed class CappedText(int cap)
    {
        private readonly StringBuilder _text = new();
        private long _dropped;

        public bool Truncated => _dropped > 0;

        public void Append(ReadOnlySpan<char> chunk)
        {
            lock (_text)
            {
                var room = Math.Max(0, cap - _text.Length);
                _text.Append(chunk[..Math.Min(room, chunk.Length)]);
                _dropped += Math.Max(0, chunk.Length - room);
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return _dropped == 0 ? _text.ToString() : $"{_text}\n[... {_dropped:N0} more characters were cut: output is capped at {cap:N0}]";
            }
        }
    }
}
