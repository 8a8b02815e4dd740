using System.Text.RegularExpressions;

namespace KitchenKatas.Explorer.Tests;

/// <summary>
/// Reads the site numbers out of instrumented code. Every hook takes its site number first:
/// <c>ExplorationHooks.Name(123, …</c> or <c>ExplorationHooks.Name&lt;T&gt;(123, …</c>.
/// </summary>
internal static partial class InstrumentedSites
{
    /// <summary>Each hook call, with the call up to its bracket in <c>call</c> and the site number in <c>id</c>.</summary>
    [GeneratedRegex(@"(?<call>ExplorationHooks\.\w+(<[^()]*>)?\()(?<id>\d+)")]
    public static partial Regex HookCall();

    /// <summary>The site numbers in the order the hooks appear.</summary>
    public static IEnumerable<int> Numbers(string instrumented) =>
        HookCall().Matches(instrumented).Select(m => int.Parse(m.Groups["id"].Value));
}
