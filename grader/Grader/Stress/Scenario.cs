using System.Runtime.CompilerServices;

namespace KitchenKatas.Grader.Stress;

/// <summary>Entry point for declaring stress scenarios.</summary>
public static class Scenario
{
    /// <summary>Starts a scenario whose trials each work on a fresh state made by <paramref name="createState"/>.</summary>
    /// <param name="createState">Makes the state of one trial (a new cart, say).</param>
    /// <param name="title">A short title in the story's words.</param>
    /// <param name="member">Filled in by the compiler: the declaring property or method.</param>
    /// <param name="file">Filled in by the compiler: the declaring source file.</param>
    public static ScenarioBuilder<TState> For<TState>(
        Func<TState> createState,
        string title,
        [CallerMemberName] string member = "",
        [CallerFilePath] string file = "")
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(createState);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new ScenarioBuilder<TState>(createState, title, member, file);
    }
}
