using KitchenKatas.Grader.Hints;

namespace Kitchen.ThreadPool.Checks;

/// <summary>The words every failure message of this kata ends with.</summary>
public static class Hints
{
    /// <summary>Where the layered hints are.</summary>
    public static readonly string Pointer = HintBook.Footer("02-thread-pool/README.md, section \"Hints\".");

    /// <summary>An exception as a learner reads it in a sentence: its kind and its words, without a closing period
    /// (the sentence around it brings its own).</summary>
    public static string Thrown(Exception e) => $"{e.GetType().Name}: {e.Message.TrimEnd().TrimEnd('.')}";

    /// <summary><paramref name="message"/> followed by the pointer to the hints.</summary>
    public static string Say(string message) => $"{message.TrimEnd()}\n\n{Pointer}";
}
