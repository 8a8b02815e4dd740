using System.Collections.Concurrent;

namespace Golden;

public sealed class Pass
{
    private readonly ConcurrentQueue<string> _plates = new();
    private readonly ConcurrentDictionary<string, int> _tables = new ConcurrentDictionary<string, int>();

    public void Put(string plate) => _plates.Enqueue(plate);

    public bool Take(out string? plate) => _plates.TryDequeue(out plate);

    public int Seat(string table)
    {
        var waiting = new ConcurrentBag<string> { table };
        return _tables.GetOrAdd(table, waiting.Count);
    }
}
