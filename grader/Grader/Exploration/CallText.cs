namespace KitchenKatas.Grader.Exploration;

/// <summary>Puts a call on a collection, Interlocked or Volatile into the story's words: <c>reads _items["tomato"] = 5</c>.</summary>
internal static class CallText
{
    /// <summary>The words, and for keyed calls the key and whether the call looked at it, changed it or removed it.</summary>
    public readonly record struct Described(string Text, string? Key, bool Reads, bool Writes, bool Removes);

    public static Described Describe(ExplorationSite site, bool hasResult, object? result, object?[] arguments, ValueText values)
    {
        string Arg(int i) => i < arguments.Length
            ? ReferenceEquals(arguments[i], ExplorationHooks.Uncaptured) ? site.Arguments[i] : values.Of(arguments[i])
            : "…";
        var target = site.Target;
        var r = values.Of(result);
        var key = arguments.Length > 0 ? Arg(0) : null;
        var found = result is true;
        return site.Operation switch
        {
            "TryGetValue" => found
                ? new Described($"reads {target}[{key}] = {Arg(1)}", key, true, false, false)
                : new Described($"finds no {target}[{key}]", key, true, false, false),
            "[]" => new Described($"reads {target}[{key}] = {r}", key, true, false, false),
            "[]=" => new Described($"writes {target}[{key}] = {r}", key, false, true, false),
            "[]op" => new Described($"updates {target}[{key}] to {r}", key, false, true, false),
            "ContainsKey" or "Contains" => new Described($"checks {target} has {key}: {r}", key, true, false, false),
            "Remove" or "TryRemove" when arguments.Length > 0 => found || !hasResult
                ? new Described($"removes {target}[{key}]", key, false, true, true)
                : new Described($"tries to remove {target}[{key}]: not there", key, false, true, true),
            "Add" or "TryAdd" when arguments.Length == 2 => found || !hasResult
                ? new Described($"adds {target}[{key}] = {Arg(1)}", key, false, true, false)
                : new Described($"tries to add {target}[{key}]: already there", key, false, true, false),
            "new" => new Described($"copies {target}: {r}", null, true, false, false),
            "Volatile.Read" => new Described($"reads {target} = {r} (Volatile.Read)", null, true, false, false),
            "Volatile.Write" => new Described($"writes {target} = {Arg(1)} (Volatile.Write)", null, false, true, false),
            var op when op.StartsWith('.') => new Described($"reads {target}{op} = {r}", null, true, false, false),
            var op when op.StartsWith("Interlocked.", StringComparison.Ordinal) =>
                new Described($"{op}({string.Join(", ", arguments.Select((_, i) => i == 0 ? "ref " + target : Arg(i)))}) -> {r}", null, true, true, false),
            var op => new Described(
                $"{target}.{op}({string.Join(", ", arguments.Select((_, i) => Arg(i)))})" + (hasResult ? $" -> {r}" : ""),
                null, true, site.Writes, false),
        };
    }
}
