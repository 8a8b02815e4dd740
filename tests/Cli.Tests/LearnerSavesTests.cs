using KitchenKatas.Grader.Cli.Companion;
using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// A learner's save is never lost: grading in place never writes, restores or deletes a learner file, and
/// <c>kitchen kata watch</c> checks the save that is on disk, not one that was overwritten while it ran.
/// </summary>
[TestFixture]
public sealed class LearnerSavesTests
{
    private string _repo = "";
    private string _kata = "";

    private string Cart => Path.Combine(_kata, "Cart.cs");

    [SetUp]
    public void A_kata_folder_with_checks_and_the_learner_file()
    {
        _repo = Directory.CreateTempSubdirectory("saves-").FullName;
        _kata = Path.Combine(_repo, "katas", "01-k");
        Directory.CreateDirectory(Path.Combine(_kata, "Checks"));
        File.WriteAllText(Path.Combine(_kata, "kata.json"), "{}");
        File.WriteAllText(Path.Combine(_kata, "README.md"), "# K\n");
        File.WriteAllText(Path.Combine(_kata, "Checks", "A.cs"), "// check");
        File.WriteAllText(Cart, "class Cart { }\n");
    }

    [TearDown]
    public void Remove_the_folder() => Directory.Delete(_repo, recursive: true);

    [Test]
    public void A_save_made_while_the_kata_is_graded_in_place_is_kept_byte_for_byte_and_not_called_tampering()
    {
        var files = GraderFiles.Take(_repo, _kata, ["Cart.cs"]);
        byte[] save = [.. "class Cart { readonly object _gate = new(); }\r\n// é\n"u8];
        File.WriteAllBytes(Cart, save);

        var changed = files.Restore();

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.Empty, "The learner's own file is not the grader's.");
            Assert.That(File.ReadAllBytes(Cart), Is.EqualTo(save));
        });
    }

    [Test]
    public void New_files_the_learner_leaves_on_top_of_the_kata_folder_stay_while_a_planted_check_goes()
    {
        var files = GraderFiles.Take(_repo, _kata, ["Cart.cs"]);
        File.WriteAllText(Path.Combine(_kata, ".Cart.cs.swp"), "unsaved work");
        File.WriteAllText(Path.Combine(_kata, "Helper.cs"), "class Helper { }");
        File.WriteAllText(Path.Combine(_kata, "notes.txt"), "ask about locks");
        File.AppendAllText(Path.Combine(_kata, "README.md"), "my notes\n");
        File.WriteAllText(Path.Combine(_kata, "Checks", "Planted.cs"), "// planted");
        File.WriteAllText(Path.Combine(_kata, "Directory.Build.props"), "<Project />");
        File.Delete(Cart);

        var changed = files.Restore();

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.EqualTo(new[] { "katas/01-k/Checks/Planted.cs", "katas/01-k/Directory.Build.props" }));
            Assert.That(File.Exists(Path.Combine(_kata, ".Cart.cs.swp")), Is.True);
            Assert.That(File.Exists(Path.Combine(_kata, "Helper.cs")), Is.True);
            Assert.That(File.Exists(Path.Combine(_kata, "notes.txt")), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(_kata, "README.md")), Does.EndWith("my notes\n"));
            Assert.That(File.Exists(Cart), Is.False, "A learner file the learner deleted is not brought back either.");
        });
    }

    [Test]
    public void A_submission_grade_still_puts_back_the_kata_folders_own_copy_of_the_learner_file()
    {
        // Graded from a submission, the kata folder is wholly the grader's (often a teacher's checkout).
        var files = GraderFiles.Take(_repo, _kata);
        File.WriteAllText(Cart, "rewritten by the code under test");

        Assert.Multiple(() =>
        {
            Assert.That(files.Restore(), Is.EqualTo(new[] { "katas/01-k/Cart.cs" }));
            Assert.That(File.ReadAllText(Cart), Is.EqualTo("class Cart { }\n"));
        });
    }

    [Test]
    public async Task A_save_during_a_check_keeps_the_save_and_starts_a_check_of_the_new_content()
    {
        var seen = new List<string>();
        var said = new List<string>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stoppedEarly = false;
        CheckOnSave? loop = null;
        loop = new CheckOnSave(
            [Cart],
            async token =>
            {
                seen.Add(await File.ReadAllTextAsync(Cart, token));
                if (seen.Count == 1)
                {
                    firstStarted.SetResult();
                    try
                    {
                        await Task.Delay(Timeout.Infinite, token); // a long first check
                    }
                    catch (OperationCanceledException)
                    {
                        stoppedEarly = true;
                        throw;
                    }
                }
                else
                {
                    secondDone.TrySetResult();
                }
            },
            said.Add,
            TimeSpan.FromMilliseconds(20));
        using var stop = new CancellationTokenSource();
        var watching = loop.RunAsync(stop.Token);

        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        const string Save = "class Cart { /* my fix */ }\n";
        await File.WriteAllTextAsync(Cart, Save);
        loop.Saved();
        await secondDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        Assert.That(async () => await watching, Throws.InstanceOf<OperationCanceledException>());

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Cart), Is.EqualTo(Save), "The save is on disk as written.");
            Assert.That(seen, Is.EqualTo(new[] { "class Cart { }\n", Save }), "The second check read the new save.");
            Assert.That(stoppedEarly, Is.True, "The stale check was stopped, not left to finish.");
            Assert.That(said, Has.One.Contains("Cart.cs changed while the checks ran"));
        });
    }

    [Test]
    public async Task A_save_the_watcher_missed_still_throws_away_the_stale_result_and_checks_again()
    {
        var seen = new List<string>();
        var said = new List<string>();
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = new CheckOnSave(
            [Cart],
            async token =>
            {
                seen.Add(await File.ReadAllTextAsync(Cart, token));
                if (seen.Count == 1)
                {
                    await File.WriteAllTextAsync(Cart, "class Cart { int saved; }\n", token); // no Saved() call: missed
                }
                else
                {
                    secondDone.TrySetResult();
                }
            },
            said.Add,
            TimeSpan.FromMilliseconds(20));
        using var stop = new CancellationTokenSource();
        var watching = loop.RunAsync(stop.Token);

        await secondDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        Assert.That(async () => await watching, Throws.InstanceOf<OperationCanceledException>());

        Assert.Multiple(() =>
        {
            Assert.That(seen, Has.Count.EqualTo(2));
            Assert.That(seen[1], Is.EqualTo("class Cart { int saved; }\n"));
            Assert.That(said, Has.One.Contains("that result is already old"));
        });
    }

    [Test]
    public async Task A_save_with_the_same_content_lets_the_running_check_finish()
    {
        var checks = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = new CheckOnSave(
            [Cart],
            async token =>
            {
                Interlocked.Increment(ref checks);
                started.TrySetResult();
                await release.Task.WaitAsync(token);
            },
            _ => { },
            TimeSpan.FromMilliseconds(20));
        using var stop = new CancellationTokenSource();
        var watching = loop.RunAsync(stop.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        File.SetLastWriteTimeUtc(Cart, DateTime.UtcNow); // saved again, unchanged
        loop.Saved();
        await Task.Delay(200);
        release.SetResult();
        await Task.Delay(200);
        await stop.CancelAsync();
        Assert.That(async () => await watching, Throws.InstanceOf<OperationCanceledException>());

        Assert.That(checks, Is.EqualTo(1), "Nothing changed, so nothing had to be checked again.");
    }
}
