using System.Collections.Concurrent;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// One batch model for every grade: a single submission is a batch of one, a class a batch of many. What is built
/// beforehand, where hints come from and in which order reports come back. No real builds.
/// </summary>
[TestFixture]
public sealed class SubmissionBatchTests
{
    private static readonly KataInfo Cart = new("/nowhere/katas/01-racy-cart", new KataManifest { Id = "racy-cart", Title = "The racy cart", LearnerFiles = ["Cart.cs"], Checks = [] });

    private static readonly KataInfo Pool = new("/nowhere/katas/02-thread-pool", new KataManifest { Id = "thread-pool", Title = "The thread pool", LearnerFiles = ["Pool.cs"], Checks = [] });

    [Test]
    public async Task A_grade_of_the_kata_folders_builds_them_once_and_works_out_hints_while_they_build()
    {
        var kitchen = new FakeKitchen();

        var report = (await SubmissionBatch.GradeAsync([Cart, Pool], [Submission.InPlace], new GradeOptions(), kitchen.Work, Keep, null, CancellationToken.None))[0];

        Assert.Multiple(() =>
        {
            Assert.That(kitchen.Prepared, Is.EqualTo(1));
            Assert.That(kitchen.HintsFor, Is.EquivalentTo(new[] { Cart.Folder, Pool.Folder }));
            Assert.That(kitchen.Grades, Is.EqualTo(new[] { "racy-cart <kata folder> built hinted", "thread-pool <kata folder> built hinted" }));
            Assert.That(report.Katas.Select(k => k.Id), Is.EqualTo(new[] { "racy-cart", "thread-pool" }));
        });
    }

    [Test]
    public async Task A_single_submission_from_elsewhere_builds_in_its_own_grade_and_finds_its_own_hints()
    {
        var kitchen = new FakeKitchen();
        var submission = new Submission("", kata => "/submitted/" + kata.Manifest.Id);

        await SubmissionBatch.GradeAsync([Cart], [submission], new GradeOptions(), kitchen.Work, Keep, null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(kitchen.Prepared, Is.Zero, "building the kata folders would build the starter's files, which nobody grades");
            Assert.That(kitchen.HintsFor, Is.Empty);
            Assert.That(kitchen.Grades, Is.EqualTo(new[] { "racy-cart /submitted/racy-cart" }));
        });
    }

    [Test]
    public async Task A_class_is_built_for_once_and_each_learner_comes_back_in_the_order_given_whoever_finishes_first()
    {
        var kitchen = new FakeKitchen(slowFor: "/class/alice");
        var students = new[] { "alice", "bob", "carol" }.Select(name => new Submission(name, _ => "/class/" + name)).ToArray();
        var told = new ConcurrentQueue<string>();

        var names = await SubmissionBatch.GradeAsync(
            [Cart], students, new GradeOptions { StudentsAtOnce = 2 }, kitchen.Work,
            (submission, report, _) => Task.FromResult($"{submission.Name} {report.Score}"), s => told.Enqueue(s.Name), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(kitchen.Prepared, Is.EqualTo(1));
            Assert.That(kitchen.HintsFor, Is.Empty, "hints are worked out ahead only for the kata folders themselves");
            Assert.That(names, Is.EqualTo(new[] { "alice 20", "bob 20", "carol 20" }));
            Assert.That(told, Is.EquivalentTo(new[] { "alice", "bob", "carol" }));
            Assert.That(kitchen.Slots.Distinct(), Is.EquivalentTo(new[] { "worker-1", "worker-2" }), "two at once, each in a build slot of its own");
        });
    }

    [Test]
    public async Task A_batch_of_nobody_builds_nothing()
    {
        var kitchen = new FakeKitchen();

        var reports = await SubmissionBatch.GradeAsync([Cart], [], new GradeOptions(), kitchen.Work, Keep, null, CancellationToken.None);

        Assert.That((reports.Count, kitchen.Prepared), Is.EqualTo((0, 0)));
    }

    private static Task<GradeReport> Keep(Submission submission, GradeReport report, CancellationToken token) => Task.FromResult(report);

    // Stands in for the builds, hints and checks, and writes down how they were called.
    private sealed class FakeKitchen(string? slowFor = null)
    {
        private int _prepared;

        public int Prepared => _prepared;

        public ConcurrentBag<string> HintsFor { get; } = [];

        public ConcurrentQueue<string> Grades { get; } = new();

        public ConcurrentBag<string> Slots { get; } = [];

        public BatchWork Work => new(
            (_, _, _) =>
            {
                Interlocked.Increment(ref _prepared);
                return Task.FromResult(new KataBuildPlan { SharedProjectsBuilt = true, KataFoldersBuilt = true });
            },
            GradeAsync,
            (kata, folder, _) =>
            {
                HintsFor.Add(folder);
                return Task.FromResult(new EditorHints([], null));
            });

        private async Task<KataGrade> GradeAsync(KataInfo kata, string? folder, GradeOptions options, KataBuildPlan plan, Task<EditorHints>? hints, CancellationToken token)
        {
            if (folder == slowFor)
            {
                await Task.Delay(200, token);
            }

            Slots.Add(plan.Slot ?? "");
            Grades.Enqueue(string.Join(' ', new[] { kata.Manifest.Id, folder ?? "<kata folder>", plan.KataFoldersBuilt && folder is null ? "built" : null, hints is null ? null : "hinted" }.OfType<string>()));
            return new KataGrade(kata.Manifest.Id, kata.Manifest.Title, true, 20, 20, [], [], [], 1);
        }
    }
}
