using System.Runtime.InteropServices;
using System.Text;
using KitchenKatas.Grader.Isolation;
using Microsoft.Win32.SafeHandles;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// A ceiling on what a kata's checks let the learner's code print. The test platform keeps every line a test prints in
/// memory, more than once, and what goes straight to the process's standard output as well, so 100 MB of prints from a
/// learner's loop grew a test run to 21 GB; past the ceiling the prints are dropped and one line (<see cref="OutputCapNotice"/>) says so.
/// </summary>
public static partial class OutputCap
{
    /// <summary>Characters the whole test run may print through <see cref="Console.Out"/> and <see cref="Console.Error"/> together.</summary>
    public const long DefaultLimit = 1_000_000;

    private static TextWriter? s_out;
    private static TextWriter? s_error;

    /// <summary>
    /// Puts the ceiling in front of the current console writers (the test framework's own, which capture per test), and
    /// on Linux and macOS in front of file descriptor 1 too, which <see cref="Console.OpenStandardOutput()"/> writes to.
    /// </summary>
    public static void Install(long limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var budget = new Budget(limit);
        s_out = Console.Out;
        s_error = Console.Error;
        Console.SetOut(new CappedWriter(s_out, budget));
        Console.SetError(new CappedWriter(s_error, budget));
        if (!OperatingSystem.IsWindows())
        {
            CapDescriptorOne(limit);
        }
    }

    /// <summary>A writer that passes the first <paramref name="limit"/> characters to <paramref name="inner"/>, then one <see cref="OutputCapNotice"/> line, then nothing.</summary>
    public static TextWriter Wrap(TextWriter inner, long limit)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return new CappedWriter(inner, new Budget(limit));
    }

    /// <summary>
    /// Gives the console back the writers it had before <see cref="Install"/>. Descriptor 1 stays capped: the learner's
    /// code may still hold the pipe, and the run is ending anyway.
    /// </summary>
    public static void Uninstall()
    {
        if (s_out is not null)
        {
            Console.SetOut(s_out);
        }

        if (s_error is not null)
        {
            Console.SetError(s_error);
        }
    }

    // Points descriptor 1 at a pipe, and forwards the first limit bytes from it to where descriptor 1 went before. The
    // pipe is drained at once, so a learner who writes without end is not slowed down by a reader that keeps up slowly.
    // Standard error stays as it is: a dying runtime writes its last words there, and they must not wait in a pipe.
    private static void CapDescriptorOne(long limit)
    {
        var ends = new int[2];
        if (Pipe(ends) != 0)
        {
            return;
        }

        var original = Dup(1);
        if (original < 0 || Dup2(ends[1], 1) < 0)
        {
            _ = Close(ends[0]);
            _ = Close(ends[1]);
            return;
        }

        _ = Close(ends[1]);
        var from = new FileStream(new SafeFileHandle(ends[0], ownsHandle: true), FileAccess.Read, 1);
        var to = new FileStream(new SafeFileHandle(original, ownsHandle: true), FileAccess.Write, 1);
        new Thread(() => Forward(from, to, limit)) { IsBackground = true, Name = "kitchen output cap" }.Start();
    }

    private static void Forward(FileStream from, FileStream to, long limit)
    {
        var buffer = new byte[64 * 1024];
        long forwarded = 0;
        try
        {
            int read;
            while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (forwarded < limit)
                {
                    var part = (int)Math.Min(read, limit - forwarded);
                    to.Write(buffer, 0, part);
                    forwarded += part;
                    if (forwarded == limit)
                    {
                        to.Write(Encoding.UTF8.GetBytes("\n" + OutputCapNotice.For(limit) + "\n"));
                    }

                    to.Flush();
                }
            }
        }
        catch (IOException)
        {
            // The reader of the run's output is gone: nothing is left to forward to.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    [LibraryImport("libc", EntryPoint = "pipe", SetLastError = true)]
    private static partial int Pipe([Out] int[] ends);

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int descriptor);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int descriptor, int target);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);

    private sealed class Budget(long limit)
    {
        private long _used;
        private int _noticed;

        public long Limit => limit;

        // How many of count characters may still go through; 0 once the ceiling is reached.
        public int Take(int count)
        {
            var before = Interlocked.Add(ref _used, count) - count;
            return before >= limit ? 0 : (int)Math.Min(count, limit - before);
        }

        public bool FirstToHitTheCeiling() => Interlocked.Exchange(ref _noticed, 1) == 0;
    }

    private sealed class CappedWriter(TextWriter inner, Budget budget) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override IFormatProvider FormatProvider => inner.FormatProvider;

        public override void Write(char value)
        {
            var allowed = budget.Take(1);
            if (allowed == 1)
            {
                inner.Write(value);
            }

            NoticeIfCut(allowed, 1);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            var allowed = budget.Take(count);
            if (allowed > 0)
            {
                inner.Write(buffer, index, allowed);
            }

            NoticeIfCut(allowed, count);
        }

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            var allowed = budget.Take(value.Length);
            if (allowed > 0)
            {
                inner.Write(allowed == value.Length ? value : value[..allowed]);
            }

            NoticeIfCut(allowed, value.Length);
        }

        public override void WriteLine(string? value)
        {
            Write(value);
            Write(CoreNewLine);
        }

        public override void Flush() => inner.Flush();

        private void NoticeIfCut(int allowed, int count)
        {
            if (allowed < count && budget.FirstToHitTheCeiling())
            {
                inner.WriteLine();
                inner.WriteLine(OutputCapNotice.For(budget.Limit));
            }
        }
    }
}
