using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Hints;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>
/// Messages a beginner reads: plain words, no names only the compiler uses, a reason that fits the field at hand,
/// whichever kata it comes from.
/// </summary>
[TestFixture]
public sealed class MessageWordsTests
{
    private static readonly string[] CompilerWords = ["this[]", "get_", "set_", "(set)", "(get)", "Declaration", "..", "  "];

    [Test]
    public async Task A_lock_on_a_new_object_says_each_chef_made_its_own_lock()
    {
        var hints = await HintsAsync("""
            public sealed class Cart
            {
                private int _total;
                public void Add(int n) { lock (new object()) { _total += n; } }
            }
            """);

        Assert.That(hints.Single(h => h.Id == "KATA003").Message, Does.StartWith("`lock (new object())` does not protect you:").And.Contain("each chef made its own lock"));
    }

    [Test]
    public async Task A_check_then_act_on_a_closing_flag_speaks_of_that_flag_not_of_the_last_item()
    {
        var hints = await HintsAsync("""
            public sealed class Pool
            {
                private bool _closed;
                public void Close()
                {
                    if (!_closed)
                    {
                        _closed = true;
                    }
                }
            }
            """);

        Assert.That(hints.Single(h => h.Id == "KATA005").Message, Does.Contain("both see the same `_closed`").And.Not.Contain("last one"));
    }

    [Test]
    public async Task An_indexer_is_called_the_indexer_and_a_long_change_is_quoted_by_its_first_line()
    {
        var hints = await HintsAsync("""
            public sealed class Shelf
            {
                private readonly object _gate = new();
                private readonly Dictionary<string, int> _slots = new();
                private int _moves;
                public int this[string slot] => _slots[slot];
                public void Put(string slot, int n) { lock (_gate) { _slots[slot] = n; } }
                public void Move(string slot)
                {
                    _moves = _moves
                        + 1;
                }
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(hints.Single(h => h.Id == "KATA002").Message, Does.StartWith("The indexer reads `_slots` without a lock"));
            Assert.That(hints.Single(h => h.Id == "KATA001").Message, Does.StartWith("Two chefs can run `_moves = _moves …` at the same moment"));
        });
    }

    [TestCase("katas/01-racy-cart")]
    [TestCase("katas/02-thread-pool")]
    [TestCase("tests/RacyCart.Tests/WrongFixes/lock-per-call")]
    [TestCase("tests/RacyCart.Tests/WrongFixes/lock-only-in-add")]
    [TestCase("tests/RacyCart.Tests/WrongFixes/interlocked-on-two-fields")]
    [TestCase("tests/ThreadPool.Tests/WrongFixes/unlocked-queue")]
    [TestCase("tests/ThreadPool.Tests/WrongFixes/busy-spinning-chefs")]
    public async Task Messages_on_starters_and_wrong_fixes_use_no_compiler_words(string folder)
    {
        var path = RepoFiles.PathOf(folder);
        Assume.That(Directory.Exists(path), $"{folder} is not in this clone.");

        var hints = await AnalyzerHints.ForFilesAsync(Directory.GetFiles(path, "*.cs"));

        Assert.Multiple(() =>
        {
            Assert.That(hints, Is.Not.Empty, "A starter or wrong fix gets at least one hint.");
            foreach (var hint in hints)
            {
                Assert.That(CompilerWords.Where(hint.Message.Contains), Is.Empty, hint.ToString());
            }
        });
    }

    private static Task<IReadOnlyList<AnalyzerHint>> HintsAsync(string source) =>
        AnalyzerHints.ForSourcesAsync([new("Kitchen.cs", source)]);
}
