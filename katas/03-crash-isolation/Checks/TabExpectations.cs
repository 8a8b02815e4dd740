using Kitchen.CrashIsolation.Checks.Harness;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>What each page should end as, and how the checks show a result.</summary>
public static class TabExpectations
{
    /// <summary>The HTML a page that renders produces (<c>render</c>, <c>slow</c>, <c>feast</c>, <c>crash-once</c>), or null for a page that never renders.</summary>
    public static string? RenderedHtml(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var words = page.Split(' ', 3);
        return words[0] switch
        {
            "render" => $"<h1>{page["render ".Length..]}</h1>",
            "slow" when words.Length == 3 => $"<h1>{words[2]}</h1>",
            "crash-once" => $"<h1>{page["crash-once ".Length..]}</h1>",
            "feast" when words.Length == 3 => TabPage.Feast(int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture), words[2]),
            _ => null,
        };
    }

    /// <summary>The result for <paramref name="id"/>, or null.</summary>
    public static TabResult? For(this HarnessReport report, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Results.FirstOrDefault(r => r.Id == id);
    }

    /// <summary>A result as a learner would print it.</summary>
    public static string Show(TabResult? result) => result is null
        ? "no result at all"
        : $"{result.Status}, Output {Quote(result.Output)}, Error {Quote(result.Error)}, Attempts {result.Attempts}";

    /// <summary>Processes that outlived a call, as a learner would print them.</summary>
    public static string Show(IEnumerable<Survivor> survivors) =>
        string.Join("; ", survivors.Select(s => $"{s.Process.Role} {s.Process.Pid} (page \"{s.Process.Page}\")"));

    /// <summary>A text as a learner would print it, cut short after <paramref name="longest"/> characters.</summary>
    public static string Quote(string? text, int longest = 160) => text is null ? "null" : $"\"{(text.Length > longest ? text[..longest] + "..." : text)}\"";
}
