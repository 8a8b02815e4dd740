using System.Text;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Follows a run's progress file (<see cref="CheckProgress"/>) while the checks write it: each read hands over the
/// lines completed since the last one. The learner's code can write to the file too, so the tail reads at most
/// <see cref="MostRead"/> bytes in all and skips lines longer than <see cref="LongestLine"/>; a flood only stops the
/// progress, never the grade.
/// </summary>
public sealed class ProgressTail
{
    /// <summary>Most bytes read from one file: far more than the checks of any kata write.</summary>
    public const int MostRead = 1024 * 1024;

    /// <summary>The longest line taken; a real one is under 300 bytes.</summary>
    public const int LongestLine = 1024;

    private readonly string _file;
    private readonly List<byte> _partial = [];
    private long _offset;

    /// <param name="file">The progress file; it need not exist yet.</param>
    public ProgressTail(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        _file = file;
    }

    /// <summary>The progress lines completed since the last read, in the order they were written.</summary>
    public IReadOnlyList<CheckProgress> ReadNew()
    {
        if (_offset >= MostRead || !File.Exists(_file))
        {
            return [];
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(_offset, SeekOrigin.Begin);
            bytes = new byte[(int)Math.Min(Math.Max(0, stream.Length - _offset), MostRead - _offset)];
            bytes = bytes[..stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false)];
        }
        catch (IOException)
        {
            return []; // being written or gone: the next read tries again
        }

        _offset += bytes.Length;
        var found = new List<CheckProgress>();
        foreach (var b in bytes)
        {
            if (b != (byte)'\n')
            {
                if (_partial.Count <= LongestLine)
                {
                    _partial.Add(b); // past the longest line, the rest is dropped: the line is skipped at its end
                }

                continue;
            }

            if (_partial.Count <= LongestLine && CheckProgress.Parse(Encoding.UTF8.GetString([.. _partial])) is { } progress)
            {
                found.Add(progress);
            }

            _partial.Clear();
        }

        return found;
    }

    /// <summary>
    /// Reads <paramref name="file"/> every <paramref name="every"/> and tells <paramref name="report"/> each line, until
    /// <paramref name="cancellationToken"/> is cancelled; then reads it once more, so nothing written before the end is missed.
    /// </summary>
    public static async Task FollowAsync(string file, Action<CheckProgress> report, TimeSpan every, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tail = new ProgressTail(file);
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var progress in tail.ReadNew())
            {
                report(progress);
            }

            try
            {
                await Task.Delay(every, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        foreach (var progress in tail.ReadNew())
        {
            report(progress);
        }
    }
}
