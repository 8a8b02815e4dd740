using System.Text;
using System.Text.Json;
using KitchenKatas.Cli.Tests.Formats;
using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Reporting;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// Every platform format, written from the one report model, conforms to a JSON Schema written from that platform's
/// documentation (docs/schemas/), whatever the run: passed, failed, not judged, timed out, the build server down.
/// </summary>
[TestFixture]
public sealed class FormatConformanceTests
{
    private static readonly Dictionary<string, string?> Runner = new()
    {
        ["CLASSROOM"] = "cs-threads",
        ["ASSIGNMENT"] = "racy-cart",
        ["SUBMISSION_TAG"] = "submit/2026-12-01T10-00-00Z-a1b2c3d",
        ["COMMIT_URL"] = "https://github.com/school/alice/commit/a1b2c3d",
        ["RELEASE_URL"] = "https://github.com/school/alice/releases/tag/submit%2F2026",
        ["SUBMISSION_DATETIME"] = "2026-12-01T10:00:00Z",
    };

    private static readonly FormatContext Context = new(_ => "katas/01-racy-cart/Cart.cs", (_, check) => check.EndsWith("_same_item_lose_none", StringComparison.Ordinal) ? 1 : null, Runner.GetValueOrDefault);

    private static readonly (string Format, string Schema)[] Formats =
    [
        ("classroom50", PlatformSchemas.Classroom50),
        ("exercism", PlatformSchemas.Exercism),
        ("prairielearn", PlatformSchemas.PrairieLearn),
        ("gradescope", PlatformSchemas.Gradescope),
    ];

    private static IEnumerable<TestCaseData> EveryFormatAndRun() =>
        Formats.SelectMany(f => PlatformReports.All().Select((report, i) => new TestCaseData(f.Format, f.Schema, i).SetArgDisplayNames(f.Format, $"run {i}")));

    [TestCaseSource(nameof(EveryFormatAndRun))]
    public void Each_format_conforms_to_the_schema_written_from_its_platforms_documentation(string format, string schema, int run)
    {
        var json = ReportFormats.Render(format, PlatformReports.All().ElementAt(run), Context);
        Assert.That(PlatformSchemas.Errors(schema, json), Is.Empty, json);
    }

    [TestCase("classroom50")]
    [TestCase("exercism")]
    [TestCase("prairielearn")]
    [TestCase("gradescope")]
    [TestCase("classroom")]
    [TestCase("markdown")]
    public void Each_format_says_whose_fault_a_failure_was_in_a_field_the_platform_shows(string format)
    {
        var json = ReportFormats.Render(format, PlatformReports.Mixed(), Context);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("Cause: your code"), "the learner's failure");
            Assert.That(json, Does.Contain("Cause: the grading machine, not your code"), "the busy machine's check");
        });
    }

    [TestCase("classroom50")]
    [TestCase("exercism")]
    [TestCase("prairielearn")]
    [TestCase("gradescope")]
    public void A_timed_out_run_still_writes_every_check(string format)
    {
        var json = ReportFormats.Render(format, PlatformReports.TimedOut(), Context);
        using var document = JsonDocument.Parse(json);
        Assert.That(document.RootElement.GetProperty("tests").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void Classroom50_takes_its_ids_from_the_runners_environment_and_keeps_scores_whole()
    {
        using var result = JsonDocument.Parse(ReportFormats.Render("classroom50", PlatformReports.Mixed(), Context));
        var root = result.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schema").GetString(), Is.EqualTo("classroom50/result/v1"));
            Assert.That(root.GetProperty("classroom").GetString(), Is.EqualTo("cs-threads"));
            Assert.That(root.GetProperty("submission").GetString(), Is.EqualTo(Runner["SUBMISSION_TAG"]));
            Assert.That(root.GetProperty("review").GetString(), Is.EqualTo(Runner["COMMIT_URL"]), "REVIEW_URL unset: the commit, as Classroom 50's templates do");
            Assert.That(root.GetProperty("datetime").GetString(), Is.EqualTo("2026-12-01T10:00:00Z"));
            Assert.That(root.GetProperty("score").ValueKind == JsonValueKind.Number && root.GetProperty("score").TryGetInt32(out var s) && s == 20);
            Assert.That(root.GetProperty("tests")[2].GetProperty("fault").GetString(), Is.EqualTo("grading machine"));
        });
    }

    [Test]
    public void Exercism_cuts_output_at_500_characters_with_its_own_sentence_and_links_tests_to_tasks()
    {
        using var results = JsonDocument.Parse(ReportFormats.Render("exercism", PlatformReports.Mixed(new string('x', 3000)), Context));
        var tests = results.RootElement.GetProperty("tests");
        var output = tests[0].GetProperty("output").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(output, Has.Length.EqualTo(500));
            Assert.That(output, Does.EndWith("Output was truncated. Please limit to 500 chars"));
            Assert.That(tests[0].GetProperty("task_id").GetInt32(), Is.EqualTo(1));
            Assert.That(tests[1].TryGetProperty("task_id", out _), Is.False, "a check guarding no single task has none");
            Assert.That(tests[1].GetProperty("status").GetString(), Is.EqualTo("fail"));
            Assert.That(tests[2].GetProperty("status").GetString(), Is.EqualTo("error"), "the machine's doing, not the code's");
        });
    }

    [Test]
    public void Exercism_reports_error_with_a_message_when_no_check_ran()
    {
        using var results = JsonDocument.Parse(ReportFormats.Render("exercism", PlatformReports.BuildServerFailed(), Context));
        Assert.Multiple(() =>
        {
            Assert.That(results.RootElement.GetProperty("status").GetString(), Is.EqualTo("error"));
            Assert.That(results.RootElement.GetProperty("message").GetString(), Does.Contain("grading machine"));
        });
    }

    [Test]
    public void Exercism_task_ids_come_from_the_task_numbers_of_kata_json()
    {
        var manifest = KataManifest.Load(Path.Combine(KataLocator.FindRepoRoot(AppContext.BaseDirectory)!, "katas", "01-racy-cart", "kata.json"));
        Assert.Multiple(() =>
        {
            Assert.That(FormatContext.TaskNumber(manifest, "Kitchen.RacyCart.Checks.CartRaceChecks.Chefs_racing_for_the_last_item_never_both_get_it"), Is.EqualTo(3));
            Assert.That(FormatContext.TaskNumber(manifest, "Kitchen.RacyCart.Checks.CartMembersChecks.Cart_keeps_the_public_members_it_came_with"), Is.Null, "guarded by a rule, not a task");
        });
    }

    [Test]
    public void PrairieLearn_stays_within_one_megabyte_and_keeps_every_check()
    {
        var huge = new string('y', 400_000);
        var json = ReportFormats.Render("prairielearn", PlatformReports.Mixed(huge), Context);
        using var results = JsonDocument.Parse(json);
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(json), Is.LessThanOrEqualTo(1_000_000));
            Assert.That(results.RootElement.GetProperty("tests").GetArrayLength(), Is.EqualTo(3));
            Assert.That(PlatformSchemas.Errors(PlatformSchemas.PrairieLearn, json), Is.Empty);
        });
    }

    [Test]
    public void PrairieLearn_takes_no_attempt_when_only_the_machine_failed()
    {
        using var results = JsonDocument.Parse(ReportFormats.Render("prairielearn", PlatformReports.BuildServerFailed(), Context));
        Assert.That(results.RootElement.GetProperty("gradable").GetBoolean(), Is.False);
    }

    [Test]
    public void Gradescope_shows_every_check_with_its_output_and_the_runs_time()
    {
        using var results = JsonDocument.Parse(ReportFormats.Render("gradescope", PlatformReports.Mixed(), Context));
        var root = results.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("execution_time").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("visibility").GetString()), Is.All.EqualTo("visible"));
            Assert.That(root.GetProperty("tests")[1].GetProperty("output").GetString(), Does.StartWith("Both chefs added; one item was lost."));
        });
    }
}
