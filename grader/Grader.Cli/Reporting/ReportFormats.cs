using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Reporting;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>The report formats the CLI knows, and how each one is rendered to text.</summary>
internal static class ReportFormats
{
    // "classroom" is the legacy GitHub Classroom reporter's shape, kept for old setups; new ones use classroom50.
    public static readonly IReadOnlyList<string> Known =
        ["text", "json", "junit", "markdown", "github", "gradescope", "classroom50", "exercism", "prairielearn", "classroom"];

    public static string Render(string format, GradeReport report, FormatContext context) => format switch
    {
        "json" => JsonReportWriter.Write(report),
        "junit" => JUnitReportWriter.Write(report),
        "markdown" => MarkdownReportWriter.Write(report),
        "github" => GitHubAnnotationsWriter.Write(report, context.LearnerFileOf),
        "gradescope" => GradescopeReportWriter.Write(report),
        "classroom50" => Classroom50ReportWriter.Write(report, context.Environment),
        "exercism" => ExercismReportWriter.Write(report, context.TaskOf),
        "prairielearn" => PrairieLearnReportWriter.Write(report),
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
