namespace Kitchen.ThreadPool.Checks;

/// <summary>The words every failure message of this kata ends with.</summary>
public static class Hints
{
    /// <summary>Where the layered hints are.</summary>
    public const string Pointer = "Stuck? Read the hints: 02-thread-pool/README.md, section \"Hints\".";

    /// <summary><paramref name="message"/> followed by the pointer to the hints.</summary>
    public static string Say(string message) => $"{message.TrimEnd()}\n\n{Pointer}";
}
