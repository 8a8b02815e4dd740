namespace Golden;

public sealed class Brigade
{
    private readonly SemaphoreSlim _stations;

    public Brigade(int stations) => _stations = new SemaphoreSlim(stations, stations);

    public static int Chefs(int wanted, int most) => Math.Clamp(wanted, 1, most);

    public static int Cooks(int wanted) => Math.Min(wanted, Environment.ProcessorCount);

    public static void Cook(IEnumerable<int> orders) =>
        Parallel.ForEach(orders, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => { });
}
