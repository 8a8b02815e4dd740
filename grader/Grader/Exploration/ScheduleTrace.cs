namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The steps of one schedule in words, recorded only when a schedule is replayed for its report (exploring stays fast).
/// It also notices the two classic shapes of a race: a write based on a stale read (a lost update) and a check whose
/// answer another chef changed before the act.
/// </summary>
internal sealed class ScheduleTrace(IReadOnlyList<string> chefs)
{
    // The scenario's chefs, then the threads the learner's code starts, in the order they start.
    private readonly List<string> chefs = [.. chefs];
    private readonly List<TraceRow> _rows = [];
    private readonly Dictionary<string, (int Chef, int Row)> _lastWrite = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Place, int Chef), int> _lastRead = [];

    public IReadOnlyList<TraceRow> Rows => _rows;

    /// <summary>The row where the schedule failed (an overlap is seen mid-schedule), or null: the report ends there.</summary>
    public int? FailureRow { get; private set; }

    /// <summary>Marks the last row as the one where the schedule failed; only the first failure counts.</summary>
    public void MarkFailure() => FailureRow ??= _rows.Count - 1;

    /// <summary>The rows up to the failure, when one was marked: what other chefs did afterwards is not part of the story.</summary>
    public IReadOnlyList<TraceRow> RowsUpToFailure => FailureRow is { } last ? _rows.Take(last + 1).ToArray() : _rows;

    public ValueText Values { get; } = new();

    /// <summary>The first member each chef entered, with its arguments, e.g. <c>Add("tomato")</c>: the column header.</summary>
    public List<string?> FirstEntry { get; } = [.. chefs.Select(_ => (string?)null)];

    /// <summary>Every chef's name, one column each: the scenario's chefs, then the threads the code started.</summary>
    public IReadOnlyList<string> Chefs => chefs;

    /// <summary>A thread the learner's code started becomes a chef of its own, in the next column.</summary>
    public void AddChef(string name)
    {
        chefs.Add(name);
        FirstEntry.Add(null);
    }

    public void Entry(int chef, ExplorationSite site, object?[] arguments)
    {
        var text = site.Operation switch
        {
            "get" => site.Target,
            "set" => $"{site.Target} = {Values.Of(arguments.FirstOrDefault())}",
            _ => $"{site.Target}({string.Join(", ", arguments.Select(Values.Of))})",
        };
        if (FirstEntry[chef] is null)
        {
            FirstEntry[chef] = text;
            return;
        }

        Add(chef, "-> " + text, site.Location, null);
    }

    public void FieldRead(int chef, ExplorationSite site, object? owner, object? value)
    {
        var place = FieldPlace(site, owner);
        _lastRead[(place, chef)] = _rows.Count;
        Add(chef, $"reads {site.Target} = {Values.Of(value)}", site.Location, null);
    }

    public void FieldWrite(int chef, ExplorationSite site, object? owner, object? value)
    {
        var note = Written(chef, FieldPlace(site, owner), remove: false);
        Add(chef, $"writes {site.Target} = {Values.Of(value)}", site.Location, note);
    }

    public void Call(int chef, ExplorationSite site, object? instance, bool hasResult, object? result, object?[] arguments, string? overlap)
    {
        var call = CallText.Describe(site, hasResult, result, arguments, Values);
        string? note = null;
        if (call.Key is { } key && instance is not null)
        {
            var place = $"{Values.IdOf(instance)}[{key}]";
            if (call.Reads)
            {
                _lastRead[(place, chef)] = _rows.Count;
            }

            if (call.Writes)
            {
                note = Written(chef, place, call.Removes);
            }
        }

        Add(chef, call.Text, site.Location, overlap ?? note);
    }

    public void Step(int chef, ExplorationSite site, string text, string? note = null) => Add(chef, text, site.Location, note);

    public void Step(int chef, string text, string? note = null) => Add(chef, text, "", note);

    private void Add(int chef, string text, string location, string? note) => _rows.Add(new TraceRow(chef, text, location, note));

    private string FieldPlace(ExplorationSite site, object? owner) =>
        owner is null ? site.Target : $"{Values.IdOf(owner)}.{site.Target}";

    // A write is stale when this chef read the place earlier and another chef wrote it in between.
    private string? Written(int chef, string place, bool remove)
    {
        string? note = null;
        if (_lastRead.TryGetValue((place, chef), out var read) && _lastWrite.TryGetValue(place, out var other) && other.Chef != chef && other.Row > read)
        {
            note = remove
                ? $"{chefs[other.Chef]} changed it after {chefs[chef]} looked: the check is stale"
                : $"overwrites {chefs[other.Chef]}'s write: an update is lost";
        }

        _lastWrite[place] = (chef, _rows.Count);
        return note;
    }
}
