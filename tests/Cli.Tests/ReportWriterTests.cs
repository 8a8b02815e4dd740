using System.Text.Json;
using System.Xml.Linq;
using KitchenKatas.Grader.Reporting;

namespace KitchenKatas.Cli.Tests;

[TestFixture]
public sealed class ReportWriterTests
{
    [Test]
    public void Json_report_has_the_documented_shape_and_version()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(Reports.OneFailure("Both chefs took it.")));
        var root = json.RootElement;
        var kata = root.GetProperty("katas")[0];
        var check = kata.GetProperty("checks")[1];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(GradeReport.CurrentSchemaVersion));
            Assert.That(root.GetProperty("score").GetInt32(), Is.EqualTo(20));
            Assert.That(root.GetProperty("maxScore").GetInt32(), Is.EqualTo(40));
            Assert.That(kata.GetProperty("id").GetString(), Is.EqualTo("racy-cart"));
            Assert.That(kata.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(check.GetProperty("name").GetString(), Is.EqualTo("K.Checks.Removes"));
            Assert.That(check.GetProperty("points").GetInt32(), Is.Zero);
            Assert.That(check.GetProperty("message").GetString(), Is.EqualTo("Both chefs took it."));
            Assert.That(check.GetProperty("durationMs").GetDouble(), Is.EqualTo(250));
            Assert.That(kata.GetProperty("hints")[0].GetProperty("line").GetInt32(), Is.EqualTo(14));
        });
    }

    [Test]
    public void JUnit_report_is_well_formed_xml_with_one_case_per_check_even_with_control_characters()
    {
        var xml = XDocument.Parse(JUnitReportWriter.Write(Reports.OneFailure("bad \u0001 byte\nsecond line")));
        var cases = xml.Descendants("testcase").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Length.EqualTo(2));
            Assert.That(cases[0].Element("failure"), Is.Null);
            Assert.That(cases[1].Element("failure")!.Attribute("message")!.Value, Is.EqualTo("bad  byte"));
            Assert.That(xml.Root!.Attribute("failures")!.Value, Is.EqualTo("1"));
        });
    }

    [Test]
    public void Every_report_says_what_protected_the_machine_while_the_learner_code_ran()
    {
        var report = Reports.OneFailure("lost a tomato") with { Protection = "not sandboxed: install bubblewrap" };
        Assert.Multiple(() =>
        {
            Assert.That(MarkdownReportWriter.Write(report), Does.Contain("Learner code: not sandboxed: install bubblewrap."));
            Assert.That(JsonReportWriter.Write(report), Does.Contain("\"protection\": \"not sandboxed: install bubblewrap\""));
            var junit = XDocument.Parse(JUnitReportWriter.Write(report));
            Assert.That(junit.Descendants("property").Single(p => p.Attribute("name")!.Value == "protection").Attribute("value")!.Value,
                Is.EqualTo("not sandboxed: install bubblewrap"));
        });
    }

    [Test]
    public void Markdown_fences_learner_output_so_it_cannot_break_out_of_the_summary()
    {
        var hostile = "```\n# injected heading\n| fake | table |\n````";
        var md = MarkdownReportWriter.Write(Reports.OneFailure(hostile));
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("`````text\n" + hostile + "\n`````"), "The fence must be longer than any backtick run inside.");
            Assert.That(md, Does.Contain("| racy-cart | Removes never go negative | 0/20 | **failed** |"));
            Assert.That(md, Does.StartWith("## Kitchen Katas: 20/40"));
        });
    }

    [Test]
    public void GitHub_annotations_escape_newlines_so_learner_output_cannot_start_a_workflow_command()
    {
        var text = GitHubAnnotationsWriter.Write(Reports.OneFailure("line one\n::set-output name=x::pwned\r\n100%"), _ => "katas/01-racy-cart/Cart.cs");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(3), "One warning for the hint, one error for the failure, one notice for the score.");
            Assert.That(lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)), Has.Exactly(3).Items);
            Assert.That(lines[0], Is.EqualTo("::warning file=katas/01-racy-cart/Cart.cs,line=14,title=KATA001::Two chefs can run _total++ at once."));
            Assert.That(lines[1], Does.StartWith("::error file=katas/01-racy-cart/Cart.cs,title=racy-cart%3A Removes never go negative::"));
            Assert.That(lines[1], Does.EndWith("line one%0A::set-output name=x::pwned%0D%0A100%25"));
        });
    }

    [Test]
    public void Gradescope_results_give_each_check_its_score_and_status()
    {
        using var json = JsonDocument.Parse(GradescopeReportWriter.Write(Reports.OneFailure("Both chefs took it.")));
        var tests = json.RootElement.GetProperty("tests");
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("score").GetInt32(), Is.EqualTo(20));
            Assert.That(tests.GetArrayLength(), Is.EqualTo(2));
            Assert.That(tests[1].GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(tests[1].GetProperty("max_score").GetInt32(), Is.EqualTo(20));
            Assert.That(tests[1].GetProperty("output").GetString(), Is.EqualTo("Both chefs took it.\nCause: your code (the check judged it and it did not hold)."));
        });
    }

    [Test]
    public void Classroom_result_is_one_line_with_version_status_and_max_score()
    {
        var text = ClassroomReportWriter.Write(Reports.OneFailure("Both chefs took it."));
        using var json = JsonDocument.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("\n"));
            Assert.That(json.RootElement.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("fail"));
            Assert.That(json.RootElement.GetProperty("max_score").GetInt32(), Is.EqualTo(40));
            Assert.That(json.RootElement.GetProperty("tests")[0].GetProperty("status").GetString(), Is.EqualTo("pass"));
        });
    }
}
