using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Reporting;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>The report formats the CLI knows, and how each one is rendered to text.</summary>
internal static class ReportFormats
{
    public static readonly IReadOnlyList<string> Known = ["text", "json", "junit", "markdown", "github", "gradescope", "classroom"];

    public static string Render(string format, GradeReport report, Func<string, string> learnerFileOf) => format switch
    {
        "json" => JsonReportWriter.Write(report),
        "junit" => JUnitReportWriter.Write(report),
        "markdown" => MarkdownReportWriter.Write(report),
        "github" => GitHubAnnotationsWriter.Write(report, learnerFileOf),
        "gradescope" => GradescopeReportWriter.Write(report),
        "classroom" => ClassroomReportWriter.Write(report),
        "text" => PlainText(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    // Text written to a file: the same table, without colours or terminal width limits.
    private static string PlainText(GradeReport report)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        TextReportWriter.Write(report, console);
        return writer.ToString();
    }
}
