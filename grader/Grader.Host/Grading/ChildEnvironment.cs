using System.Collections;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// The environment a kata run gets: the grader's own, less what names the CI system (so learner code cannot ask "am I
/// being graded on CI?") and less anything that looks like a credential (so learner code cannot read one).
/// </summary>
public static class ChildEnvironment
{
    private static readonly string[] CiPrefixes = ["GITHUB_", "RUNNER_", "ACTIONS_", "GITLAB_", "CI_", "BUILDKITE", "TEAMCITY_", "JENKINS_", "SYSTEM_", "AGENT_", "BUILD_"];
    private static readonly string[] CiNames = ["CI", "TF_BUILD", "CONTINUOUS_INTEGRATION", "JENKINS_URL", "TRAVIS", "APPVEYOR"];
    private static readonly string[] SecretWords = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "API_KEY", "APIKEY", "PRIVATE_KEY"];

    /// <summary>True when <paramref name="name"/> is removed from a kata run's environment.</summary>
    public static bool IsScrubbed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = name.ToUpperInvariant();
        return CiNames.Contains(upper, StringComparer.Ordinal)
            || CiPrefixes.Any(p => upper.StartsWith(p, StringComparison.Ordinal))
            || SecretWords.Any(w => upper.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// <paramref name="extra"/> plus a null (remove) for every variable of this process that <see cref="IsScrubbed"/>.
    /// </summary>
    public static Dictionary<string, string?> For(IReadOnlyDictionary<string, string?> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && IsScrubbed(name))
            {
                environment[name] = null;
            }
        }

        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return environment;
    }
}
