using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>Writes the grade for a terminal: a score table per kata, then each failure with its message.</summary>
public static class TextReportWriter
{
    /// <summary>Renders <paramref name="report"/> on <paramref name="console"/>.</summary>
    public static void Write(GradeReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        foreach (var kata in report.Katas)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"[bold]{Markup.Escape(kata.Title)}[/] ({Markup.Escape(kata.Id)}): {kata.Score}/{kata.MaxScore}")
                .AddColumn("Check").AddColumn(new TableColumn("Points").RightAligned()).AddColumn("Result");
            foreach (var check in kata.Checks)
            {
                table.AddRow(
                    Markup.Escape(check.Title),
                    string.Create(CultureInfo.InvariantCulture, $"{check.Points}/{check.MaxPoints}"),
                    check.NotJudged is not null ? "[yellow]not judged[/]" : check.Passed ? "[green]passed[/]" : "[red]failed[/]");
            }

            console.Write(table);
            foreach (var hint in kata.Hints)
            {
                console.MarkupLine($"[yellow]hint[/] {Markup.Escape($"{hint.File}:{hint.Line} {hint.Id}: {hint.Message}")}");
            }

            // Notes quote the learner's output, so each goes in a box: in a CI log no line of it can start with "::"
            // and be taken for a workflow command.
            foreach (var note in kata.Notes)
            {
                console.Write(new Panel(new Text(note)).Header("[blue]note[/]").Expand());
            }

            foreach (var unjudged in kata.Checks.Where(c => c.NotJudged is not null))
            {
                console.Write(new Panel(new Text(unjudged.NotJudged!)).Header($"[yellow]not judged[/] {Markup.Escape(unjudged.Title)}").Expand());
            }

            foreach (var failed in kata.Checks.Where(c => !c.Passed && c.NotJudged is null))
            {
                var message = failed.Message ?? "";
                console.Write(new Panel(new Text(kata.Notes.Contains(message) ? RunVerdict.PointerToNote(message) : message)).Header(Markup.Escape(failed.Title)).Expand());
            }
        }

        if (report.Protection.Length > 0)
        {
            console.MarkupLine($"[dim]Learner code: {Markup.Escape(report.Protection)}.[/]");
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]Score: {report.Score}/{report.MaxScore}[/] {(report.Passed ? "[green]all checks pass[/]" : "[red]some checks fail[/]")}"));
    }
}
