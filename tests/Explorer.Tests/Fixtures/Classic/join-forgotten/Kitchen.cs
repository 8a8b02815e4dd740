// A chef hands the soup to a helper thread and serves it without waiting for the helper (no Join).
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private string? _soup;

    public string? Serve()
    {
        var helper = new Thread(() => _soup = "soup") { Name = "Helper" };
        helper.Start();
        return _soup;
    }
}

public sealed class Fixed
{
    private string? _soup;

    public string? Serve()
    {
        var helper = new Thread(() => _soup = "soup") { Name = "Helper" };
        helper.Start();
        helper.Join();
        return _soup;
    }
}
