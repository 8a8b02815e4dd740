using System.Security.Cryptography;

namespace KitchenKatas.Grader.Cli.Companion;

/// <summary>
/// The heart of <c>kitchen kata watch</c>: checks the learner files each time they are saved. A result always belongs
/// to one version of the files: a save made while a check runs stops that check and starts it again on the new save,
/// and a check whose files changed under it (a save the file watcher missed) is run again instead of being shown.
/// The learner files are only ever read.
/// </summary>
internal sealed class CheckOnSave
{
    private readonly IReadOnlyList<string> _learnerFiles;
    private readonly Func<CancellationToken, Task> _check;
    private readonly Action<string> _say;
    private readonly TimeSpan _settle;
    // Completed and replaced at each save: waiting on it never takes a save away from anyone else.
    private TaskCompletionSource _nextSave = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _saves;

    /// <param name="learnerFiles">Full paths of the files the learner edits.</param>
    /// <param name="check">One check of the files as they are now; cancelled when a save makes it stale.</param>
    /// <param name="say">Tells the learner what the loop does (one line each time).</param>
    /// <param name="settle">How long to wait after a save for the editor to finish writing.</param>
    public CheckOnSave(IReadOnlyList<string> learnerFiles, Func<CancellationToken, Task> check, Action<string> say, TimeSpan settle)
    {
        _learnerFiles = learnerFiles;
        _check = check;
        _say = say;
        _settle = settle;
    }

    /// <summary>How many checks were started, stale ones included (for tests).</summary>
    public int ChecksStarted { get; private set; }

    /// <summary>Called by the file watcher when a learner file may have been saved.</summary>
    public void Saved()
    {
        Interlocked.Increment(ref _saves);
        Interlocked.Exchange(ref _nextSave, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Checks now, then after every save, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var version = Fingerprint();
            if (await CheckOnceAsync(version, cancellationToken).ConfigureAwait(false))
            {
                await WaitForSaveAsync(version, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Runs one check of `version`; false when a save made it stale (it was stopped, or its result thrown away).
    private async Task<bool> CheckOnceAsync(string version, CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ChecksStarted++;
        var checking = _check(run.Token);
        while (true)
        {
            var saving = NextSaveAsync(cancellationToken);
            if (await Task.WhenAny(checking, saving).ConfigureAwait(false) == checking)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await checking.ConfigureAwait(false);
                if (Fingerprint() == version)
                {
                    return true;
                }

                _say($"{Names()} changed while the checks ran, so that result is already old: checking your new save.");
                return false;
            }

            await saving.ConfigureAwait(false);
            await SettleAsync(cancellationToken).ConfigureAwait(false);
            if (Fingerprint() == version)
            {
                continue; // touched, not changed: the running check still checks what is on disk
            }

            await run.CancelAsync().ConfigureAwait(false);
            try
            {
                await checking.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The stale check stopped, as asked.
            }

            _say($"{Names()} changed while the checks ran: starting again with your new save.");
            return false;
        }
    }

    // Waits until the files differ from the version just checked; a save made before this wait started counts too.
    private async Task WaitForSaveAsync(string checkedVersion, CancellationToken cancellationToken)
    {
        while (true)
        {
            var saving = NextSaveAsync(cancellationToken);
            if (Fingerprint() != checkedVersion)
            {
                await SettleAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            await saving.ConfigureAwait(false);
            await SettleAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private Task NextSaveAsync(CancellationToken cancellationToken) => Volatile.Read(ref _nextSave).Task.WaitAsync(cancellationToken);

    // Editors write a file in several steps: wait until a quiet spell, and take every event of that save as one.
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        int before;
        do
        {
            before = Volatile.Read(ref _saves);
            await Task.Delay(_settle, cancellationToken).ConfigureAwait(false);
        }
        while (Volatile.Read(ref _saves) != before);
    }

    private string Names() => string.Join(", ", _learnerFiles.Select(Path.GetFileName));

    // What the learner files hold now; a file being written or missing counts as a version of its own.
    private string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in _learnerFiles)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\0"));
            try
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
            catch (IOException)
            {
                hash.AppendData("<unreadable>"u8);
            }
            catch (UnauthorizedAccessException)
            {
                hash.AppendData("<unreadable>"u8);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
