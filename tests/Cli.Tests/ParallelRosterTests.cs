using System.Collections.Concurrent;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Roster;

namespace KitchenKatas.Cli.Tests;

/// <summary>Batch grading with students graded side by side: the bound, the build slots, reruns. No real builds.</summary>
[TestFixture]
public sealed class ParallelRosterTests
{
    private static readonly KataInfo Kata = new("/nowhere", new KataManifest { Id = "racy-cart", Title = "The racy cart", LearnerFiles = ["Cart.cs"], Checks = [] });

    private string _submissions = "";
    private string _roster = "";

    [SetUp]
    public void CreateClass()
    {
        _submissions = Directory.CreateTempSubdirectory("class-").FullName;
        _roster = Directory.CreateTempSubdirectory("roster-").FullName;
        foreach (var student in new[] { "erin", "bob", "dave", "alice", "carol" })
        {
            Directory.CreateDirectory(Path.Combine(_submissions, student));
        }
    }

    [TearDown]
    public void RemoveClass()
    {
        Directory.Delete(_submissions, true);
        Directory.Delete(_roster, true);
    }

    [Test]
    public async Task Up_to_N_students_are_graded_at_once_each_building_in_a_slot_no_other_uses_meanwhile()
    {
        var kitchen = new FakeGrading(meetAt: 2);

        var entries = await ClassRoster.GradeAsync([Kata], _submissions, _roster, new GradeOptions { StudentsAtOnce = 2 }, kitchen.Work);

        Assert.Multiple(() =>
        {
            Assert.That(kitchen.Prepared, Is.EqualTo(1), "The katas are built once, before any student.");
            Assert.That(kitchen.MostAtOnce, Is.EqualTo(2), "Two students at once, never more.");
            Assert.That(kitchen.SlotClashes, Is.Empty, "Two grades running at once never share a build slot.");
            Assert.That(kitchen.Slots, Is.EquivalentTo(new[] { "worker-1", "worker-2" }));
            Assert.That(kitchen.AllSkippedSharedProjects, Is.True, "After the one build, students' builds only build the kata.");
            Assert.That(entries.Select(e => e.Student), Is.EqualTo(new[] { "alice", "bob", "carol", "dave", "erin" }), "The roster is in name order, whoever finished first.");
            Assert.That(Directory.GetFiles(_roster, "*.json").Select(Path.GetFileName), Has.Member("roster.json").And.Member("erin.json"));
        });
    }

    [Test]
    public async Task A_rerun_grades_only_the_students_without_a_report_and_builds_nothing_when_all_have_one()
    {
        await ClassRoster.GradeAsync([Kata], _submissions, _roster, new GradeOptions { StudentsAtOnce = 2 }, new FakeGrading(meetAt: 2).Work);
        File.Delete(Path.Combine(_roster, "carol.json"));

        var second = new FakeGrading(meetAt: 1);
        var entries = await ClassRoster.GradeAsync([Kata], _submissions, _roster, new GradeOptions { StudentsAtOnce = 2 }, second.Work);
        var third = new FakeGrading(meetAt: 1);
        await ClassRoster.GradeAsync([Kata], _submissions, _roster, new GradeOptions { StudentsAtOnce = 2 }, third.Work);

        Assert.Multiple(() =>
        {
            Assert.That(second.Graded, Is.EqualTo(new[] { "carol" }));
            Assert.That(second.Slots, Is.EqualTo(new string?[] { null }), "One student left: no need for slots.");
            Assert.That(entries, Has.Count.EqualTo(5));
            Assert.That(third.Prepared + third.Graded.Count, Is.Zero, "Everyone is graded: nothing is built or run.");
        });
    }

    [Test]
    public async Task When_the_one_build_fails_students_are_graded_one_at_a_time_in_the_usual_folders()
    {
        var kitchen = new FakeGrading(meetAt: 1, buildWorks: false);

        await ClassRoster.GradeAsync([Kata], _submissions, _roster, new GradeOptions { StudentsAtOnce = 4 }, kitchen.Work);

        Assert.Multiple(() =>
        {
            Assert.That(kitchen.MostAtOnce, Is.EqualTo(1));
            Assert.That(kitchen.Slots, Is.EqualTo(new string?[] { null }));
            Assert.That(kitchen.Graded, Has.Count.EqualTo(5));
        });
    }

    // Stands in for the builds and checks, and watches how they are called.
    private sealed class FakeGrading(int meetAt, bool buildWorks = true)
    {
        private readonly ConcurrentDictionary<string, int> _activeSlots = new();
        private readonly TaskCompletionSource _met = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running;
        private int _prepared;

        public int Prepared => _prepared;

        public int MostAtOnce { get; private set; }

        public ConcurrentBag<string> SlotClashes { get; } = [];

        public ConcurrentBag<string> GradedBag { get; } = [];

        public IReadOnlyList<string> Graded => [.. GradedBag.Order(StringComparer.Ordinal)];

        public ConcurrentDictionary<string, bool> SlotSet { get; } = new();

        public IReadOnlyList<string?> Slots => [.. SlotSet.Keys.Select(k => k.Length == 0 ? null : k).Order(StringComparer.Ordinal)];

        public bool AllSkippedSharedProjects { get; private set; } = true;

        public RosterWork Work => new(new BatchWork(
            (_, _, _) =>
            {
                Interlocked.Increment(ref _prepared);
                return Task.FromResult(buildWorks ? new KataBuildPlan { SharedProjectsBuilt = true, KataFoldersBuilt = true } : KataBuildPlan.Nothing);
            },
            GradeAsync));

        private async Task<KataGrade> GradeAsync(KataInfo kata, string? folder, GradeOptions options, KataBuildPlan plan, Task<EditorHints>? hints, CancellationToken token)
        {
            var slot = plan.Slot ?? "";
            SlotSet[slot] = true;
            if (_activeSlots.AddOrUpdate(slot, 1, (_, n) => n + 1) > 1)
            {
                SlotClashes.Add(slot);
            }

            AllSkippedSharedProjects &= plan.SharedProjectsBuilt == buildWorks;
            var running = Interlocked.Increment(ref _running);
            lock (SlotClashes)
            {
                MostAtOnce = Math.Max(MostAtOnce, running);
            }

            if (running >= meetAt)
            {
                _met.TrySetResult();
            }

            // The first students wait for one another, so a grader that takes them one by one fails here instead of hanging.
            await Task.WhenAny(_met.Task, Task.Delay(TimeSpan.FromSeconds(10), token));
            await Task.Delay(20, token);
            GradedBag.Add(Path.GetFileName(folder!));
            Interlocked.Decrement(ref _running);
            _activeSlots.AddOrUpdate(slot, 0, (_, n) => n - 1);
            return new KataGrade(kata.Manifest.Id, kata.Manifest.Title, true, 10, 10, [], [], [], 1);
        }
    }
}
