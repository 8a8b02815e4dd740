using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using Microsoft.CodeAnalysis.CSharp;

namespace KitchenKatas.Explorer.Tests;

/// <summary>
/// A field that every piece of code touches only inside the same lock gets no scheduling points: no other chef can touch
/// it while the lock is held, so switching chefs just before such a step ends in the same kitchen as switching just
/// after. Anything the reading is not sure of keeps its points; the search then reaches deeper with the same budget.
/// </summary>
[TestFixture]
public sealed class GuardedFieldTests
{
    [TestCase("public void Add() { lock (_gate) { _count++; } } public int Count() { lock (_gate) { return _count; } }", true)]
    [TestCase("public void Add() { lock (this) { _count++; } } public int Count() { lock (this) { return _count; } }", true)]
    [TestCase("public void Add() { lock (_gate) { lock (_other) { _count++; } } } public int Count() { lock (_gate) { return _count; } }", true)]
    [TestCase("public void Add() { lock (_gate) { _count++; } } public int Count() => _count;", false)]
    [TestCase("public void Add() { lock (_gate) { _count++; } } public int Count() { lock (_other) { return _count; } }", false)]
    [TestCase("public void Add() { lock (_gate) { Action later = () => _count++; later(); } }", false)]
    [TestCase("public void Add() { lock (_gate) { _count++; } } public void Bump() => Interlocked.Increment(ref _count);", false)]
    [TestCase("private object _loose = new(); public void Add() { lock (_loose) { _count++; } }", false)]
    [TestCase("public void Add(Counter other) { lock (_gate) { _count++; other._count++; } }", false)]
    [TestCase("public void Add() { lock (_gate) { Monitor.Exit(_gate); _count++; Monitor.Enter(_gate); } }", false)]
    public void A_counter_is_guarded_only_when_every_use_holds_the_same_lock(string members, bool guarded) =>
        Assert.That(GuardedOf(members, "_count"), Is.EqualTo(guarded));

    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public int Count() { lock (_gate) { return _items.Count; } }", true)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public List<int> Items() { lock (_gate) { return _items; } }", false)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public IEnumerable<int> Big() { lock (_gate) { return _items.Where(i => i > 2); } }", false)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public IEnumerator<int> Each() { lock (_gate) { return _items.GetEnumerator(); } }", false)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public int Sum() { lock (_gate) { var s = 0; foreach (var i in _items) { s += i; } return s; } }", true)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public void Reset() { lock (_gate) { _items = new List<int>(); } }", true)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public List<int> Copy() { lock (_gate) { return new List<int>(_items); } }", true)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public HashSet<int> Copy() { lock (_gate) { return new(_items); } }", true)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public List<int> Copy() => new List<int>(_items);", false)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public Holder Keep() { lock (_gate) { return new Holder(_items); } } public sealed record Holder(List<int> Items);", false)]
    [TestCase("public void Add(int x) { lock (_gate) { _items.Add(x); } } public System.Collections.ObjectModel.ReadOnlyCollection<int> View() { lock (_gate) { return new System.Collections.ObjectModel.ReadOnlyCollection<int>(_items); } }", false)]
    public void A_collection_is_guarded_only_when_it_never_leaves_the_lock(string members, bool guarded) =>
        Assert.That(GuardedOf(members, "_items"), Is.EqualTo(guarded));

    [Test]
    public void Steps_on_guarded_fields_add_no_schedules()
    {
        // Three counters under the lock explore in as many schedules as one: only the lock itself is a point.
        var one = Schedules("OneCounter");
        var three = Schedules("ThreeCounters");
        Assert.Multiple(() =>
        {
            Assert.That(three, Is.EqualTo(one));
            Assert.That(Schedules("ThreeCountersThenPeek"), Is.GreaterThan(three), "a read outside the lock brings the field's points back");
        });
    }

    [Test]
    public void A_race_on_a_field_outside_the_lock_is_still_found()
    {
        var result = FixtureKitchens.Explore("Guarded", "OneCounterOneLoose", new ExplorerOptions());
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note);
            Assert.That(result.Interleaving?.Kind, Is.EqualTo(FailureKind.ForbiddenOutcome));
        });
    }

    private static int Schedules(string scenario)
    {
        var result = FixtureKitchens.Explore("Guarded", scenario, new ExplorerOptions());
        Assert.That(result.CompleteUpTo, Is.EqualTo(result.Bound), $"{scenario} must explore completely: {result.Note}");
        return result.SchedulesExplored;
    }

    private static bool GuardedOf(string members, string field)
    {
        var source = $$"""
            namespace Kitchen;
            public sealed class Counter
            {
                private readonly object _gate = new();
                private readonly object _other = new();
                private int _count;
                private List<int> _items = new();
                {{members}}
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, InMemoryBuild.ParseOptions, Path.Combine(Path.GetTempPath(), "Counter.cs"));
        var compilation = InMemoryBuild.CreateCompilation([tree]);
        var instrumented = SourceInstrumenter.Instrument(compilation, compilation.SyntaxTrees.First()).ToString();
        var sites = InstrumentedSites.Numbers(instrumented).Select(ExplorationSites.Get)
            .Where(s => s.Target == field || s.Target == "this." + field).ToArray();
        Assert.That(sites, Is.Not.Empty, $"no step on {field} was instrumented");
        return sites.All(s => s.Guarded) ? true
            : sites.Any(s => s.Guarded) ? throw new AssertionException($"some steps on {field} are guarded and some not")
            : false;
    }
}
