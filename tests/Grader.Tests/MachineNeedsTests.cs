using System.Text.RegularExpressions;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;
using KitchenKatas.Grader.Testing;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// A check that needs something of the machine says so twice: in its code (<c>KataAssert.Needs</c>, which ends it as
/// "not judged on this machine" where the need is missing) and in its declaration (<c>[Check(..., Needs = ...)]</c>, which <c>kitchen doctor</c>
/// reads). The two must agree, or doctor promises a verdict the check will not give.
/// </summary>
[TestFixture]
public sealed partial class MachineNeedsTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public void Not_judged_here_skips_the_check_with_the_reason_and_never_passes_it()
    {
        var ignored = Assert.Throws<IgnoreException>(() => KataAssert.NotJudgedHere("no thread clock"));
        Assert.That(ignored!.Message, Is.EqualTo("Not judged on this machine: no thread clock"));
    }

    [Test]
    public void Not_judged_here_needs_a_reason() =>
        Assert.Throws<ArgumentException>(() => KataAssert.NotJudgedHere(" "));

    [Test]
    public void Needs_goes_on_where_the_machine_gives_it()
    {
        Assume.That(Platform.Current.Lacks(MachineNeed.ThreadCpuClock), Is.Null, "a machine with a thread clock");
        Assert.DoesNotThrow(() => KataAssert.Needs(MachineNeed.ThreadCpuClock));
    }

    [Test]
    public void Every_need_in_a_checks_code_is_in_kata_json_and_every_need_in_kata_json_is_in_the_code()
    {
        var katas = KataLocator.FindAll(Repo);
        Assert.That(katas, Is.Not.Empty);
        var inCode = katas.SelectMany(k => Directory.EnumerateFiles(Path.Combine(k.Folder, "Checks"), "*.cs", SearchOption.AllDirectories)
                .SelectMany(file => NeedsIn(File.ReadAllText(file)))
                .Select(n => $"{k.Manifest.Id}: {n.Method} needs {n.Need}"))
            .Order().ToArray();
        var inManifest = katas.SelectMany(k => k.Manifest.Checks.SelectMany(c => c.Needs.Select(n => $"{k.Manifest.Id}: {c.Test[(c.Test.LastIndexOf('.') + 1)..]} needs {n}")))
            .Order().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(inManifest, Is.EqualTo(inCode));
            Assert.That(inManifest, Does.Contain("thread-pool: An_idle_pool_burns_no_CPU needs ThreadCpuClock"));
        });
    }

    // Each KataAssert.Needs call, with the test method it sits in (the last one declared before it).
    private static IEnumerable<(string Method, string Need)> NeedsIn(string source)
    {
        var methods = TestMethod().Matches(source);
        foreach (Match call in NeedsCall().Matches(source))
        {
            var method = methods.LastOrDefault(m => m.Index < call.Index);
            yield return (method?.Groups["name"].Value ?? "(outside a method)", call.Groups["need"].Value);
        }
    }

    [GeneratedRegex(@"public\s+(?:async\s+Task|void)\s+(?<name>\w+)\s*\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"KataAssert\.Needs\(\s*MachineNeed\.(?<need>\w+)\s*\)")]
    private static partial Regex NeedsCall();
}
