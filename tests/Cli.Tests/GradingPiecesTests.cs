using KitchenKatas.Grader.Cli.Commands.Grade;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Cli.Tests;

[TestFixture]
public sealed class GradingPiecesTests
{
    [Test]
    public void Each_output_belongs_to_the_format_just_before_it_and_a_lone_format_goes_to_the_console()
    {
        var pairs = FormatPairs.From(["grade", "--format", "json", "--output", "a.json", "-f", "text", "--format", "markdown", "-o", "s.md"]);
        Assert.That(pairs, Is.EqualTo(new (string, string?)[] { ("json", "a.json"), ("text", null), ("markdown", "s.md") }));
    }

    [Test]
    public void Without_any_format_the_grade_is_text_on_the_console() =>
        Assert.That(FormatPairs.From(["grade"]), Is.EqualTo(new (string, string?)[] { ("text", null) }));

    [Test]
    public void Compiler_errors_in_the_learner_file_are_shown_alone_without_msbuild_noise()
    {
        const string Log = """
              Determining projects to restore...
            /tmp/sub/Cart.cs(3,57): error CS1002: ; expected [/repo/katas/01-racy-cart/RacyCart.csproj]
            /tmp/sub/Cart.cs(3,57): error CS1002: ; expected [/repo/katas/01-racy-cart/RacyCart.csproj]
            /repo/katas/01-racy-cart/Checks/CartScenarios.cs(40,12): error CS0246: The type or namespace name 'Cart' could not be found [/repo/x.csproj]
            Build FAILED.
            """;
        Assert.Multiple(() =>
        {
            Assert.That(BuildErrors.Extract(Log, "/tmp/sub/"), Is.EqualTo(new[] { "Cart.cs(3,57): error CS1002: ; expected" }));
            Assert.That(BuildErrors.Extract(Log, "/elsewhere"), Has.Count.EqualTo(2), "With no error in the learner's files, every error is shown.");
        });
    }

    [Test]
    public void A_submission_gives_only_its_learner_files_and_changed_grader_files_are_named()
    {
        var repo = Directory.CreateTempSubdirectory("kata-repo-").FullName;
        var submission = Directory.CreateTempSubdirectory("kata-sub-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(repo, "Cart.cs"), "starter");
            File.WriteAllText(Path.Combine(repo, "kata.json"), "{}");
            File.WriteAllText(Path.Combine(submission, "Cart.cs"), "mine");
            File.WriteAllText(Path.Combine(submission, "kata.json"), "{ \"points\": 1000 }");
            var kata = new KataInfo(repo, new Grader.Katas.KataManifest { Id = "k", Title = "K", LearnerFiles = ["Cart.cs"], Checks = [] });
            using var copy = SubmissionCopy.Take(kata, submission);
            Assert.Multiple(() =>
            {
                Assert.That(Directory.GetFiles(copy.Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "Cart.cs" }));
                Assert.That(File.ReadAllText(Path.Combine(copy.Folder, "Cart.cs")), Is.EqualTo("mine"));
                Assert.That(copy.Notes, Has.One.Contains("kata.json differs from the grader's copy"));
                Assert.That(File.ReadAllText(Path.Combine(repo, "kata.json")), Is.EqualTo("{}"), "The grader's own files are never touched.");
            });
        }
        finally
        {
            Directory.Delete(repo, true);
            Directory.Delete(submission, true);
        }
    }
}
