namespace Golden;

// Nothing for any operator: no lock, no atomics, no concurrent collection, no pool bound, no process.
public sealed class Recipe
{
    private readonly List<string> _steps = new();

    public void Add(string step) => _steps.Add(step);

    public int Count => _steps.Count;
}
