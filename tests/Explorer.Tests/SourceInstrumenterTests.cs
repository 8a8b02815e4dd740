using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KitchenKatas.Explorer.Tests;

/// <summary>
/// Golden files: Fixtures/Instrumenter/&lt;construct&gt;/Before.cs instrumented must read as After.cs. Site numbers are
/// global to the process, so they are renumbered #0, #1, … in order of first appearance before comparing.
/// Set KITCHEN_UPDATE_GOLDEN=1 to write After.cs from the current instrumenter.
/// </summary>
[TestFixture]
public sealed class SourceInstrumenterTests
{
    private static IEnumerable<string> Constructs() =>
        Directory.GetDirectories(RepoPaths.Fixture("Instrumenter")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Constructs))]
    public void Each_construct_is_instrumented_as_its_golden_file_shows(string construct)
    {
        var folder = Path.Combine(RepoPaths.Fixture("Instrumenter"), construct);
        var (compilation, instrumented) = Instrument(Path.Combine(folder, "Before.cs"));
        var actual = Renumber(instrumented.GetRoot().NormalizeWhitespace().ToFullString()).ReplaceLineEndings("\n");
        var golden = Path.Combine(folder, "After.cs");
        if (Environment.GetEnvironmentVariable("KITCHEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(File.ReadAllText(golden).ReplaceLineEndings("\n")), $"{construct}: instrumented code differs from After.cs");
            var errors = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), instrumented).GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            Assert.That(errors, Is.Empty, $"{construct}: instrumented code does not compile");
        });
    }

    [TestCase("public async Task Cook() => await Task.Delay(1);", "await")]
    [TestCase("public void Cook() => Task.Run(() => { });", "Task.Run")]
    [TestCase("private readonly System.Collections.Concurrent.BlockingCollection<int> _rail = new(); public int Cook() => _rail.Take();", "new BlockingCollection")]
    [TestCase("private readonly Mutex _ready = new(); public void Cook() => _ready.WaitOne();", "new Mutex")]
    [TestCase("private readonly Barrier _pass = new(2, b => { }); public void Cook() => _pass.SignalAndWait();", "new Barrier")]
    [TestCase("private readonly Barrier _pass = new(2); public void Cook() => _pass.AddParticipant();", "Barrier.AddParticipant")]
    [TestCase("private readonly ManualResetEvent _a = new(false); public void Cook() => WaitHandle.WaitAll([_a]);", "WaitHandle.WaitAll")]
    [TestCase("private readonly SemaphoreSlim _free = new(1); public async Task Cook() { var wait = _free.WaitAsync(); await wait; }", "SemaphoreSlim.WaitAsync whose task is kept")]
    [TestCase("private readonly SemaphoreSlim _free = new(1); public async Task Cook() { await _free.WaitAsync(); await Task.Yield(); }", "await of something other than SemaphoreSlim.WaitAsync")]
    [TestCase("private readonly SemaphoreSlim _free = new(1); public void Cook(CancellationToken stop) => _free.Wait(stop);", "SemaphoreSlim.Wait with a CancellationToken")]
    [TestCase("public void Cook() { var spin = new SpinLock(); var taken = false; spin.Enter(ref taken); }", "SpinLock.Enter on spin")]
    public void Code_that_starts_threads_or_waits_outside_the_model_is_refused_with_where_it_is(string member, string named)
    {
        var path = Path.Combine(Path.GetTempPath(), "Unmodelled.cs");
        var tree = CSharpSyntaxTree.ParseText($"namespace Kitchen;\npublic sealed class Chef\n{{\n    {member}\n}}\n", InMemoryBuild.ParseOptions, path);
        var compilation = InMemoryBuild.CreateCompilation([tree]);
        Assert.That(
            () => SourceInstrumenter.Instrument(compilation, compilation.SyntaxTrees.First()),
            Throws.TypeOf<UnmodelledCodeException>().With.Message.Contains(named).And.Message.Contains("Unmodelled.cs:4"));
    }

    private static (CSharpCompilation Compilation, SyntaxTree Instrumented) Instrument(string path)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), InMemoryBuild.ParseOptions, path);
        var compilation = InMemoryBuild.CreateCompilation([tree]);
        return (compilation, SourceInstrumenter.Instrument(compilation, compilation.SyntaxTrees.First()));
    }

    // Site numbers differ from run to run; the n-th distinct site becomes #n.
    private static string Renumber(string code)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return InstrumentedSites.HookCall().Replace(code, m =>
        {
            var id = m.Groups["id"].Value;
            if (!seen.TryGetValue(id, out var n))
            {
                n = seen.Count;
                seen[id] = n;
            }

            return m.Groups["call"].Value + "#" + n;
        });
    }
}
