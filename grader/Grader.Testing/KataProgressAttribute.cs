using System.Globalization;
using System.Reflection;
using KitchenKatas.Grader.Hints;
using KitchenKatas.Grader.Katas;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// The kata's voice while its checks run: each check says which it is as it starts ("Check 3 of 7: ..."), and how it
/// ended; a kata whose every check passed says so and names the next kata. Put on every kata's checks by
/// <c>KataFixtures/KataProgressFixture.cs</c>; the lines go to NUnit's progress output, which the katas' test settings
/// show at <c>dotnet test</c>'s default verbosity. Under the grader, each check's start and end also go to the run's
/// progress file (<see cref="CheckProgress"/>), which <c>kitchen kata check</c> and <c>kitchen grade</c> show as it grows.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class KataProgressAttribute : Attribute, ITestAction
{
    private KataManifest? _manifest;
    private KataBuildInfo? _build;

    /// <inheritdoc />
    public ActionTargets Targets => ActionTargets.Test | ActionTargets.Suite;

    /// <inheritdoc />
    public void BeforeTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (test.IsSuite && test.Parent is null)
        {
            EditorHints(test);
            return;
        }

        if (test.IsSuite || Number(test) is not var (number, total, title))
        {
            return;
        }

        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Check {number} of {total}: {title}"));
        CheckProgress.Write(new CheckProgress(test.FullName, CheckStep.Started));
    }

    /// <inheritdoc />
    public void AfterTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var result = TestContext.CurrentContext.Result;
        if (!test.IsSuite)
        {
            if (Number(test) is not null)
            {
                CheckProgress.Write(new CheckProgress(test.FullName, CheckStep.Finished));
            }

            KataEvidence.Take(test.Id);
            CheckFailureText.Tidy(NUnit.Framework.Internal.TestExecutionContext.CurrentContext.CurrentResult);
            var status = result.Outcome.Status switch
            {
                TestStatus.Passed => "    passed",
                TestStatus.Failed => "    failed: what it saw is below",
                _ => $"    not judged: {FirstLine(result.Message)}",
            };
            TestContext.Progress.WriteLine(status);
            return;
        }

        // The assembly is the outermost suite: the whole kata was run, unfiltered, and every check passed.
        if (test.Parent is not null || Load(test) is not { } manifest || _build is null)
        {
            return;
        }

        if (result.PassCount == manifest.Checks.Count && result.FailCount == 0 && result.InconclusiveCount == 0 && result.SkipCount == 0)
        {
            TestContext.Progress.WriteLine(KataDone.Say(manifest, _build.KataDir));
        }
    }

    // The analyzers' hints, as the editor shows them: said before the checks, so a warm run (nothing compiled, no
    // build warnings) still shows them. Advice only; a failure to give it is never the learner's problem. Under the
    // grader (which names a data folder) nobody reads them here: it works them out itself while the checks build
    // (KataGrader.HintsAsync), so the checks do not wait a second or so for a compile whose words go nowhere.
    private void EditorHints(ITest test)
    {
        if (Load(test) is null || _build is null || CheckData.GraderFolder is not null)
        {
            return;
        }

        try
        {
            var hints = AnalyzerHints.ForFilesAsync(_build.LearnerFiles().Where(File.Exists).ToArray(), AnalyzerHints.ProvidedFiles(_build.KataDir))
                .GetAwaiter().GetResult();
            if (hints.Count == 0)
            {
                return;
            }

            TestContext.Progress.WriteLine("Hints from the kata's analyzers (advice: they never change a check's verdict):");
            foreach (var hint in hints.OrderBy(h => h.File, StringComparer.Ordinal).ThenBy(h => h.Line))
            {
                TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(hint.File)}:{hint.Line} {hint.Id}: {hint.Message}"));
            }

            TestContext.Progress.WriteLine("");
        }
#pragma warning disable CA1031 // advice is optional: the checks run whatever happens here
        catch (Exception e)
#pragma warning restore CA1031
        {
            TestContext.Progress.WriteLine($"No analyzer hints this time: {e.Message}");
        }
    }

    private (int Number, int Total, string Title)? Number(ITest test)
    {
        var manifest = Load(test);
        if (manifest is null)
        {
            return null;
        }

        var index = manifest.Checks.ToList().FindIndex(c => string.Equals(c.Test, test.FullName, StringComparison.Ordinal));
        return index < 0 ? null : (index + 1, manifest.Checks.Count, manifest.Checks[index].Title);
    }

    private KataManifest? Load(ITest test)
    {
        if (_manifest is not null)
        {
            return _manifest;
        }

        var assembly = test.TypeInfo?.Assembly ?? (test.Fixture?.GetType().Assembly) ?? TryLoad(test.FullName);
        _build = assembly is null ? null : KataBuildInfo.Of(assembly);
        try
        {
            _manifest = _build?.LoadManifest();
        }
        catch (IOException)
        {
            _manifest = null;
        }

        return _manifest;
    }

    // The assembly suite is named after its file.
    private static Assembly? TryLoad(string name) =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => string.Equals(Path.GetFileName(a.Location), Path.GetFileName(name), StringComparison.OrdinalIgnoreCase));

    private static string FirstLine(string? text) => (text ?? "").Split('\n')[0].Trim();
}
